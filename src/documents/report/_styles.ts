/** The official layout (GB/T 9704): A4, 版心 156 × 225 mm, fonts named in the eastAsia slot, sizes by 号. */
import type { IRunStylePropertiesOptions, IStylesOptions } from 'docx';

/** Font sizes in half-points: 二号 22 pt, 三号 16 pt, 四号 14 pt, 小四 12 pt, 五号 10.5 pt. */
export const SIZE = { erhao: 44, sanhao: 32, sihao: 28, xiaosi: 24, wuhao: 21 } as const;

export const FONT = {
  title: '方正小标宋简体',
  heading1: '黑体',
  heading2: '楷体_GB2312',
  body: '仿宋_GB2312',
  pageNumber: '宋体',
  latin: 'Times New Roman',
} as const;

/** Fallbacks written into the font table (`w:altName`) for machines without the official fonts. */
const ALT_NAME: Record<string, string> = {
  方正小标宋简体: '华文中宋',
  黑体: 'SimHei',
  楷体_GB2312: '楷体',
  仿宋_GB2312: '仿宋',
  宋体: 'SimSun',
};

const MM = 1440 / 25.4;
export const mm = (x: number): number => Math.round(x * MM);

/** A4 with 天头 37 mm, 订口 28 mm: 版心 156 mm wide, 225 mm high. */
export const PAGE = {
  size: { width: 11906, height: 16838 },
  margin: { top: mm(37), bottom: mm(35), left: mm(28), right: mm(26), header: mm(15), footer: mm(22) },
  textWidth: mm(156),
} as const;

/** 22 lines a page: a fixed line pitch of 28.95 pt. */
export const LINE = 579;
/** Two characters of 三号 text. */
export const INDENT_2 = 640;

/** Run fonts with the Chinese font in the eastAsia slot, Times New Roman for digits and Latin. */
export function runFont(eastAsia: string): NonNullable<IRunStylePropertiesOptions['font']> {
  return { ascii: FONT.latin, hAnsi: FONT.latin, cs: FONT.latin, eastAsia, hint: 'eastAsia' };
}

const base = (
  font: string,
  size: number,
  extra: IRunStylePropertiesOptions = {},
): IRunStylePropertiesOptions => ({
  font: runFont(font),
  size,
  sizeComplexScript: size,
  ...extra,
});

const heading = (id: string, name: string, font: string, level: number) => ({
  id,
  name,
  basedOn: 'Normal',
  next: 'Normal',
  quickFormat: true,
  run: base(font, SIZE.sanhao, { bold: false, color: '000000' }),
  paragraph: {
    keepNext: true,
    keepLines: true,
    outlineLevel: level,
    indent: { firstLine: INDENT_2 },
    spacing: { line: LINE, lineRule: 'exact' as const, before: 0, after: 0 },
  },
});

/** Styles of the report: Title, Heading1–3, body, table text, header, caption and note, and the footer. */
export function reportStyles(): IStylesOptions {
  const single = { line: 240, lineRule: 'auto' as const, before: 0, after: 0 };
  return {
    default: {
      document: {
        run: base(FONT.body, SIZE.sanhao, { language: { value: 'en-US', eastAsia: 'zh-CN' } }),
        paragraph: { spacing: { line: LINE, lineRule: 'exact', before: 0, after: 0 } },
      },
    },
    paragraphStyles: [
      {
        id: 'Normal',
        name: 'Normal',
        quickFormat: true,
        run: base(FONT.body, SIZE.sanhao),
        paragraph: {
          alignment: 'both',
          indent: { firstLine: INDENT_2 },
          spacing: { line: LINE, lineRule: 'exact', before: 0, after: 0 },
        },
      },
      {
        id: 'Title',
        name: 'Title',
        basedOn: 'Normal',
        next: 'Normal',
        quickFormat: true,
        run: base(FONT.title, SIZE.erhao, { bold: false, color: '000000' }),
        paragraph: {
          alignment: 'center',
          indent: { firstLine: 0 },
          spacing: { line: 680, lineRule: 'exact', before: 0, after: LINE },
        },
      },
      heading('Heading1', 'heading 1', FONT.heading1, 0),
      heading('Heading2', 'heading 2', FONT.heading2, 1),
      heading('Heading3', 'heading 3', FONT.body, 2),
      {
        id: 'TableCaption',
        name: '表题',
        basedOn: 'Normal',
        next: 'Normal',
        run: base(FONT.heading1, SIZE.sihao),
        paragraph: {
          alignment: 'center',
          keepNext: true,
          indent: { firstLine: 0 },
          spacing: { line: LINE, lineRule: 'exact', before: 120, after: 60 },
        },
      },
      {
        id: 'TableText',
        name: '表格文字',
        basedOn: 'Normal',
        run: base(FONT.body, SIZE.wuhao),
        paragraph: { alignment: 'left', indent: { firstLine: 0 }, spacing: single },
      },
      {
        id: 'TableHeader',
        name: '表头',
        basedOn: 'TableText',
        run: base(FONT.heading1, SIZE.wuhao),
        paragraph: { alignment: 'center', indent: { firstLine: 0 }, spacing: single },
      },
      {
        id: 'TableNote',
        name: '表注',
        basedOn: 'Normal',
        next: 'Normal',
        run: base(FONT.body, SIZE.xiaosi),
        paragraph: { indent: { firstLine: 0 }, spacing: { ...single, before: 60, after: 120 } },
      },
      {
        id: 'Footer',
        name: 'footer',
        basedOn: 'Normal',
        run: base(FONT.pageNumber, SIZE.sihao),
        paragraph: { indent: { firstLine: 0 }, spacing: single },
      },
    ],
  };
}

/** Theme fonts 宋体 for headings and body, so WPS finds nothing missing. */
export const THEME = {
  fonts: {
    headings: { latin: FONT.latin, eastAsia: '宋体', scripts: { Hans: '宋体' } },
    body: { latin: FONT.latin, eastAsia: '宋体', scripts: { Hans: '宋体' } },
  },
};

/** The font table with the official fonts and their fallbacks; charset 86 is GB2312. */
export function fontTableXml(): string {
  const entry = (name: string, family: string) =>
    `<w:font w:name="${name}">${ALT_NAME[name] ? `<w:altName w:val="${ALT_NAME[name]}"/>` : ''}<w:charset w:val="86"/><w:family w:val="${family}"/><w:pitch w:val="variable"/></w:font>`;
  const fonts = [
    entry(FONT.title, 'script'),
    entry(FONT.heading1, 'modern'),
    entry(FONT.heading2, 'modern'),
    entry(FONT.body, 'modern'),
    entry('宋体', 'auto'),
    `<w:font w:name="${FONT.latin}"><w:charset w:val="00"/><w:family w:val="roman"/><w:pitch w:val="variable"/></w:font>`,
  ];
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:fonts xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">${fonts.join('')}</w:fonts>`;
}
