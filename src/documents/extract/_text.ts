/** The text reader: plain text (UTF-8 or already decoded) to laid-out blocks. */
import { layoutItems } from './_layout';
import { splitSourceLines } from './_lines';
import type { LayoutDoc } from './_model';

export function readText(text: string): LayoutDoc {
  return { format: 'text', blocks: layoutItems(splitSourceLines(text)), warnings: [] };
}
