/** The finished outline: headings of empty sections left out, then headings and tables numbered in order. */
import { type Block, chineseNumber, type Row } from './_blocks';

const MARK_OPEN = '\uE000';
const MARK_CLOSE = '\uE001';
const MARK = new RegExp(`${MARK_OPEN}(\\d+)${MARK_CLOSE}`, 'g');

/** A placeholder for the n-th table, cited in sentences before the table's final number is known. */
export function tableMark(n: number): string {
  return `${MARK_OPEN}${n}${MARK_CLOSE}`;
}

/** A heading stays when its section (up to the next heading of its level or higher) holds anything but headings. */
function pruneEmptySections(blocks: readonly Block[]): Block[] {
  const keep = blocks.map(() => true);
  for (let i = 0; i < blocks.length; i++) {
    const b = blocks[i] as Block;
    if (b.kind !== 'heading') continue;
    let content = false;
    for (let k = i + 1; k < blocks.length; k++) {
      const n = blocks[k] as Block;
      if (n.kind === 'heading' && n.level <= b.level) break;
      if (n.kind !== 'heading' && n.kind !== 'title') {
        content = true;
        break;
      }
    }
    keep[i] = content;
  }
  return blocks.filter((_, i) => keep[i]);
}

const PREFIX = {
  1: (n: number) => `${chineseNumber(n)}、`,
  2: (n: number) => `（${chineseNumber(n)}）`,
  3: (n: number) => `${n}.`,
} as const;

function replaceMarks(text: string, numbers: ReadonlyMap<string, string>): string {
  return text.replace(MARK, (m) => numbers.get(m) ?? m);
}

function rowWith(row: Row, numbers: ReadonlyMap<string, string>): Row {
  return {
    ...row,
    cells: row.cells.map((c) => (c === null ? null : { ...c, text: replaceMarks(c.text, numbers) })),
  };
}

/**
 * Leave out the headings of empty sections, number the rest (`一、`, `（一）`, `1.`, each level counting within its
 * parent), and number the tables per chapter (`表 2-3` is the third table under `二、`), in captions and citations.
 * @example numberReport([h1('部门基本情况'), h2('部门职能'), h1('绩效自评情况'), p('…')]) // 一、绩效自评情况, …
 */
export function numberReport(blocks: readonly Block[]): Block[] {
  const kept = pruneEmptySections(blocks);
  const counters = [0, 0, 0, 0];
  const tablesIn = new Map<number, number>();
  const numbers = new Map<string, string>();
  const headed: Block[] = kept.map((b) => {
    if (b.kind === 'heading') {
      counters[b.level] = (counters[b.level] ?? 0) + 1;
      for (let l = b.level + 1; l < counters.length; l++) counters[l] = 0;
      return { ...b, text: `${PREFIX[b.level](counters[b.level] as number)}${b.text}` };
    }
    if (b.kind === 'table') {
      const chapter = counters[1] as number;
      const n = (tablesIn.get(chapter) ?? 0) + 1;
      tablesIn.set(chapter, n);
      numbers.set(b.number, `表 ${chapter}-${n}`);
    }
    return b;
  });
  return headed.map((b) => {
    switch (b.kind) {
      case 'paragraph':
        return { ...b, text: replaceMarks(b.text, numbers) };
      case 'list':
        return { ...b, items: b.items.map((t) => replaceMarks(t, numbers)) };
      case 'table':
        return {
          ...b,
          number: replaceMarks(b.number, numbers),
          rows: b.rows.map((r) => rowWith(r, numbers)),
          ...(b.note ? { note: replaceMarks(b.note, numbers) } : {}),
        };
      default:
        return b;
    }
  });
}
