/** The report as a .docx in the official layout: the stored package skeleton, the body written from the blocks. */

import type { Evaluation } from '../../core/model';
import type { ScoreResult } from '../../core/rubric';
import type { Block } from './_blocks';
import type { ReportExtras } from './_context';
import type { DocxSkeleton } from './_skeleton-build';
import { FONT, SIZE } from './_styles';
import { tableXml } from './_tables';
import { esc, paragraph } from './_wordml';
import { writeZip, type ZipEntry, zipEntry } from './_zip';
import stored from './docx-skeleton.json' with { type: 'json' };
import { buildReport, reportTitle } from './outline';

const HEADING = {
  1: { style: 'Heading1', eastAsia: FONT.heading1 },
  2: { style: 'Heading2', eastAsia: FONT.heading2 },
  3: { style: 'Heading3', eastAsia: FONT.body },
} as const;
const BODY = { eastAsia: FONT.body, size: SIZE.sanhao } as const;

/** A block as WordprocessingML; a sentence right before a table stays on the page of the table's caption. */
function blockXml(b: Block, next: Block | undefined): string {
  switch (b.kind) {
    case 'title':
      return paragraph(b.text, { style: 'Title', eastAsia: FONT.title, size: SIZE.erhao });
    case 'heading':
      return paragraph(b.text, { ...HEADING[b.level], size: SIZE.sanhao });
    case 'paragraph':
      return paragraph(b.text, { style: 'Normal', ...BODY, keepNext: next?.kind === 'table' });
    case 'list':
      return b.items.map((item, i) => paragraph(`${i + 1}.${item}`, { style: 'Normal', ...BODY })).join('');
    case 'table':
      return tableXml(b);
  }
}

interface Skeleton {
  head: string;
  tail: string;
  /** Every other part, compressed once per process. */
  parts: ZipEntry[];
}

let skeleton: Skeleton | null = null;

function loadSkeleton(): Skeleton {
  const s = stored as DocxSkeleton;
  return { head: s.head, tail: s.tail, parts: s.parts.map((p) => zipEntry(p.path, p.xml)) };
}

function coreXml(title: string): string {
  return (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" ' +
    'xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" xmlns:dcmitype="http://purl.org/dc/dcmitype/" ' +
    `xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"><dc:title>${esc(title)}</dc:title><dc:creator>jixiao</dc:creator></cp:coreProperties>`
  );
}

/** Blocks to .docx bytes. */
export async function renderBlocksDocx(blocks: readonly Block[], title: string): Promise<Uint8Array> {
  skeleton ??= loadSkeleton();
  const s = skeleton;
  const document = s.head + blocks.map((b, i) => blockXml(b, blocks[i + 1])).join('') + s.tail;
  const [types, rels, ...rest] = s.parts as [ZipEntry, ZipEntry, ...ZipEntry[]];
  return writeZip([
    types,
    rels,
    zipEntry('word/document.xml', document),
    zipEntry('docProps/core.xml', coreXml(title)),
    ...rest,
  ]);
}

/**
 * The self-evaluation report as .docx bytes; `score` is null when the rubric is unknown.
 * @example await renderDocx(nanzhou, scoreEvaluation(nanzhou, getRubric('gz-dept-2023'))) // Uint8Array (PK…)
 */
export async function renderDocx(
  e: Evaluation,
  score: ScoreResult | null,
  extras: ReportExtras = {},
): Promise<Uint8Array> {
  return renderBlocksDocx(buildReport(e, score, extras), reportTitle(e));
}
