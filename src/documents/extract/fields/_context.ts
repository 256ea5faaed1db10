/** What every field extractor reads: the blocks, their outline, the rubric matcher and the warning list. */

import { makeWarning } from '../_warn';
import type { Block, ExtractWarning, Origin, ParaBlock, TableBlock } from '../layout/_model';
import type { Outline, Section } from '../layout/_outline';
import type { NodeMatcher } from './_rubric-map';
import type { Statement } from './_statements';

export interface ExtractContext {
  blocks: readonly Block[];
  outline: Outline;
  matcher: NodeMatcher;
  /** Sections that describe one project (their figures are not the department's). */
  projects: Set<Section>;
  warnings: ExtractWarning[];
  /** Every figure stated, with its place (see `_statements.ts`). */
  statements: Statement[];
}

export function warn(
  ctx: Pick<ExtractContext, 'warnings'>,
  code: string,
  params: Record<string, string | number | null | undefined>,
  origin?: Origin,
): void {
  ctx.warnings.push(makeWarning(code, params, origin));
}

/** The project section a block lies in, or null. */
export function projectOf(ctx: ExtractContext, b: Block): Section | null {
  for (let s = ctx.outline.sectionOf.get(b) ?? null; s; s = s.parent) if (ctx.projects.has(s)) return s;
  return null;
}

/** Paragraphs outside project sections. */
export function departmentParas(ctx: ExtractContext): ParaBlock[] {
  return ctx.blocks.filter((b): b is ParaBlock => b.kind === 'para' && projectOf(ctx, b) === null);
}

/** Tables outside project sections. */
export function departmentTables(ctx: ExtractContext): TableBlock[] {
  return ctx.blocks.filter((b): b is TableBlock => b.kind === 'table' && projectOf(ctx, b) === null);
}
