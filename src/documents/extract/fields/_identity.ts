/** Who and when: the report title, the department's full name, its district and the fiscal year. */
import { compactOf, compactText } from '../layout/_chars';
import type { ParaBlock } from '../layout/_model';

export interface Identity {
  title: string | null;
  department: string | null;
  district: string | null;
  year: number | null;
  yearFromFilename: boolean;
  /** City or province the department belongs to (广州), for choosing a rubric. */
  region: string | null;
}

const TITLE_WORDS = /(?:绩效|自评|评价).*(?:报告|说明|自评表|评价表)$|(?:报告|说明)$/;
const CUT = /(?:部门整体支出|部门整体|整体支出|支出绩效|绩效自评|绩效评价|自评报告|自评表|项目支出)/;
const ORG_END = /(?:办事处|人民政府|委员会|管理局|局|厅|办公室|中心|院|馆|所|站|队|委|会|部|街道|镇|乡)$/;

/**
 * An attachment label before a title (附件 2, 附件3：): the number stops before the year when the label and the
 * title were joined into one line (附件 22023 年度… is 附件 2 + 2023 年度…).
 */
const ATTACHMENT = /^\s*附\s*件\s*(?:\d{1,2}(?=\s*20\d{2})|\d{0,2})\s*[:：]?\s*/;

/** A title without the attachment label in front of it. */
export function stripAttachment(title: string): string {
  return title.replace(ATTACHMENT, '');
}

/** The report title: the first paragraph, before any numbered heading, that reads like one. */
export function findTitle(paras: readonly ParaBlock[]): ParaBlock | null {
  const head = paras.slice(0, 12);
  for (let i = 0; i < head.length; i++) {
    // an attachment label on its own line is not where the title starts
    if (!stripAttachment(head[i]!.text).trim()) continue;
    // a title wrapped over two or three lines may have been read as separate paragraphs
    for (let n = 1; n <= 3 && i + n <= head.length; n++) {
      const part = head.slice(i, i + n);
      const t = part.map((p) => compactOf(p)).join('');
      if (t.length > 8 && t.length <= 90 && TITLE_WORDS.test(t) && /\d{4}|年度|部门|单位/.test(t)) {
        const text = stripAttachment(part.map((p) => p.text).join(''));
        return { kind: 'para', text, origin: part[0]!.origin };
      }
      if (t.length > 90) break;
    }
  }
  return null;
}

function yearIn(s: string): number | null {
  const m = /(20\d{2})年/.exec(compactText(s));
  return m ? Number(m[1]) : null;
}

/** The organisation named in a title: the text between the year and `部门整体支出…`. */
function orgFromTitle(title: string): string | null {
  const t = compactText(stripAttachment(title)).replace(/20\d{2}年度?/g, '');
  const cut = t.search(CUT);
  const org = (cut > 0 ? t.slice(0, cut) : '').replace(/[“”"《》]/g, '');
  return org.length >= 3 ? org : null;
}

/** A longer name for `short` written in the text: 多宝街道办事处 → 广州市荔湾区人民政府多宝街道办事处. */
function fullNameIn(short: string, paras: readonly ParaBlock[]): string | null {
  let best: string | null = null;
  for (const p of paras) {
    const t = compactOf(p);
    let at = t.indexOf(short);
    while (at >= 0) {
      const run = /[\u4e00-\u9fa5]*$/.exec(t.slice(Math.max(0, at - 30), at))?.[0] ?? '';
      const place = /[\u4e00-\u9fa5]{2}(?:省|市|自治区)/.exec(run) ?? /[\u4e00-\u9fa5]{3}(?:省|市)/.exec(run);
      if (place) {
        const name = run.slice(place.index) + short;
        if (!best || name.length > best.length) best = name;
      }
      at = t.indexOf(short, at + short.length);
    }
    if (best) break;
  }
  return best;
}

/** A full organisation name written anywhere: 广州市XX区人民政府XX街道办事处. */
function anyOrgName(paras: readonly ParaBlock[]): string | null {
  for (const p of paras.slice(0, 60)) {
    const m =
      /([\u4e00-\u9fa5]{2}市[\u4e00-\u9fa5]{1,4}区(?:人民政府)?[\u4e00-\u9fa5]{2,16}?(?:办事处|人民政府|局|委员会|中心))/.exec(
        compactOf(p),
      );
    if (m) return m[1]!;
  }
  return null;
}

export function extractIdentity(paras: readonly ParaBlock[], filename?: string): Identity {
  const title = findTitle(paras);
  const titleText = title ? compactText(title.text) : null;
  let department = titleText ? orgFromTitle(titleText) : null;
  if (department && !/[市区县省]/.test(department)) department = fullNameIn(department, paras) ?? department;
  if (!department) department = anyOrgName(paras);
  if (department && !ORG_END.test(department)) {
    const trimmed = /^(.*?(?:办事处|人民政府|委员会|管理局|局))/.exec(department)?.[1];
    if (trimmed && trimmed.length >= 4) department = trimmed;
  }
  let year = titleText ? yearIn(titleText) : null;
  if (year == null) {
    for (const p of paras.slice(0, 40)) {
      const m = /(20\d{2})年度/.exec(compactOf(p));
      if (m) {
        year = Number(m[1]);
        break;
      }
    }
  }
  let yearFromFilename = false;
  if (year == null && filename) {
    const m = /(20\d{2})/.exec(filename);
    if (m) {
      year = Number(m[1]);
      yearFromFilename = true;
    }
  }
  const district = department ? (/市([\u4e00-\u9fa5]{1,4}?[区县])/.exec(department)?.[1] ?? null) : null;
  const region = department
    ? (/^(?:[\u4e00-\u9fa5]{2}省)?([\u4e00-\u9fa5]{2,3}?)市/.exec(department)?.[1] ?? null)
    : null;
  return { title: title ? title.text : null, department, district, year, yearFromFilename, region };
}
