/** Word automatic numbering (numbering.xml): the 一、 （一） 1. a paragraph shows but does not hold as text. */
import { childElements, firstChild, type XmlElement } from './_xml';

interface Level {
  start: number;
  format: string;
  text: string;
}

const CN_DIGITS = '零一二三四五六七八九';

function chinese(n: number): string {
  if (n <= 0 || n >= 100) return String(n);
  if (n < 10) return CN_DIGITS[n]!;
  const tens = Math.floor(n / 10);
  const ones = n % 10;
  return `${tens === 1 ? '' : CN_DIGITS[tens]}十${ones ? CN_DIGITS[ones] : ''}`;
}

function formatNumber(n: number, format: string): string {
  switch (format) {
    case 'chineseCounting':
    case 'chineseCountingThousand':
    case 'chineseLegalSimplified':
    case 'ideographTraditional':
    case 'taiwaneseCounting':
      return chinese(n);
    case 'decimalEnclosedCircle':
    case 'decimalEnclosedCircleChinese':
      return n >= 1 && n <= 20 ? String.fromCodePoint(0x245f + n) : String(n);
    case 'lowerLetter':
      return String.fromCharCode(96 + (((n - 1) % 26) + 1));
    case 'upperLetter':
      return String.fromCharCode(64 + (((n - 1) % 26) + 1));
    case 'lowerRoman':
    case 'upperRoman': {
      const r = toRoman(n);
      return format === 'lowerRoman' ? r.toLowerCase() : r;
    }
    case 'bullet':
    case 'none':
      return '';
    default:
      return String(n);
  }
}

function toRoman(n: number): string {
  const table: Array<[number, string]> = [
    [1000, 'M'],
    [900, 'CM'],
    [500, 'D'],
    [400, 'CD'],
    [100, 'C'],
    [90, 'XC'],
    [50, 'L'],
    [40, 'XL'],
    [10, 'X'],
    [9, 'IX'],
    [5, 'V'],
    [4, 'IV'],
    [1, 'I'],
  ];
  let out = '';
  let x = n;
  for (const [v, s] of table) {
    while (x >= v) {
      out += s;
      x -= v;
    }
  }
  return out;
}

const val = (el: XmlElement | undefined) => el?.attrs['w:val'];

/** Numbering definitions and the running counters of one document. */
export class DocxNumbering {
  private readonly levels = new Map<string, Level[]>();
  private readonly counters = new Map<string, number[]>();
  private readonly abstractOf = new Map<string, string>();

  constructor(numberingXml: XmlElement | null) {
    if (!numberingXml) return;
    const root = firstChild(numberingXml, 'w:numbering');
    if (!root) return;
    const abstract = new Map<string, Level[]>();
    for (const a of childElements(root, 'w:abstractNum')) {
      const lv: Level[] = [];
      for (const l of childElements(a, 'w:lvl')) {
        const i = Number(l.attrs['w:ilvl'] ?? 0);
        lv[i] = {
          start: Number(val(firstChild(l, 'w:start')) ?? 1),
          format: val(firstChild(l, 'w:numFmt')) ?? 'decimal',
          text: val(firstChild(l, 'w:lvlText')) ?? '',
        };
      }
      abstract.set(a.attrs['w:abstractNumId'] ?? '', lv);
    }
    for (const n of childElements(root, 'w:num')) {
      const id = n.attrs['w:numId'] ?? '';
      const abs = val(firstChild(n, 'w:abstractNumId')) ?? '';
      this.abstractOf.set(id, abs);
      this.levels.set(id, abstract.get(abs) ?? []);
    }
  }

  /** The number text of the next paragraph of list `numId` at level `ilvl`: `（二）`, `3.`; '' when none. */
  next(numId: string, ilvl: number): string {
    const lv = this.levels.get(numId);
    if (!lv || numId === '0') return '';
    const key = this.abstractOf.get(numId) ?? numId;
    const counts = this.counters.get(key) ?? [];
    for (let i = 0; i < ilvl; i++) counts[i] ??= (lv[i]?.start ?? 1) - 1;
    counts[ilvl] = (counts[ilvl] ?? (lv[ilvl]?.start ?? 1) - 1) + 1;
    counts.length = ilvl + 1;
    this.counters.set(key, counts);
    const def = lv[ilvl];
    if (!def || def.format === 'bullet' || def.format === 'none') return '';
    return def.text.replace(/%(\d)/g, (_, d: string) => {
      const i = Number(d) - 1;
      return formatNumber(counts[i] ?? lv[i]?.start ?? 1, lv[i]?.format ?? 'decimal');
    });
  }
}
