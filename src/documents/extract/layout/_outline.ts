/** The section tree of a report, from heading numbers (一、 （一） 1. （1）) and heading styles. */
import type { Block, ParaBlock, TableBlock } from './_model';
import { numberingOf } from './_numbering';

export interface Section {
  /** Heading text without its number, cut at the first full stop: `部门职能`. */
  title: string;
  /** The heading paragraph (null for the root). */
  heading: ParaBlock | null;
  /** Numbering style or heading-style level; sections of one key are siblings. */
  key: string;
  parent: Section | null;
  children: Section[];
  /** Blocks directly under this heading, before its first child. */
  blocks: Block[];
  depth: number;
}

/** Heading title: the text after the number, up to the first full stop (or 60 characters). */
export function headingTitle(rest: string): string {
  const s = rest.trim();
  const stop = s.search(/[。：:；;！!？?]/);
  const cut = stop >= 0 ? s.slice(0, stop) : s;
  return cut.slice(0, 60).trim();
}

export interface Outline {
  root: Section;
  /** The section a block belongs to (a heading paragraph belongs to its own section). */
  sectionOf: Map<Block, Section>;
}

export function buildOutline(blocks: readonly Block[]): Outline {
  const root: Section = {
    title: '',
    heading: null,
    key: 'root',
    parent: null,
    children: [],
    blocks: [],
    depth: 0,
  };
  const sectionOf = new Map<Block, Section>();
  const stack: Section[] = [root];
  for (const b of blocks) {
    const num = b.kind === 'para' ? numberingOf(b.text) : null;
    if (b.kind === 'para' && (num || b.heading != null)) {
      const key = num ? num.style : `h${b.heading}`;
      const idx = stack.findLastIndex((s) => s.key === key);
      if (idx > 0) stack.length = idx;
      const parent = stack[stack.length - 1]!;
      const sec: Section = {
        title: headingTitle(num ? num.rest : b.text),
        heading: b,
        key,
        parent,
        children: [],
        blocks: [],
        depth: parent.depth + 1,
      };
      parent.children.push(sec);
      stack.push(sec);
      sectionOf.set(b, sec);
      continue;
    }
    const cur = stack[stack.length - 1]!;
    cur.blocks.push(b);
    sectionOf.set(b, cur);
  }
  return { root, sectionOf };
}

/** The section and its ancestors, nearest first. */
export function ancestry(sec: Section | undefined | null): Section[] {
  const out: Section[] = [];
  for (let s = sec ?? null; s; s = s.parent) out.push(s);
  return out;
}

/** Every section, depth first. */
export function allSections(root: Section): Section[] {
  return [root, ...root.children.flatMap(allSections)];
}

/** Blocks of a section and all its subsections, in order, headings included. */
export function sectionBlocks(sec: Section): Block[] {
  const out: Block[] = [];
  if (sec.heading) out.push(sec.heading);
  out.push(...sec.blocks);
  for (const c of sec.children) out.push(...sectionBlocks(c));
  return out;
}

/** Paragraph text of a section and its subsections (headings included), one paragraph per entry. */
export function sectionTexts(sec: Section): string[] {
  return sectionBlocks(sec)
    .filter((b): b is ParaBlock => b.kind === 'para')
    .map((b) => b.text);
}

/** Tables of a section and its subsections. */
export function sectionTables(sec: Section): TableBlock[] {
  return sectionBlocks(sec).filter((b): b is TableBlock => b.kind === 'table');
}
