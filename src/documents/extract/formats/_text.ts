/** The text reader: plain text (UTF-8 or already decoded) to laid-out blocks. */
import { layoutItems } from '../layout/_layout';
import { splitSourceLines } from '../layout/_lines';
import type { LayoutDoc } from '../layout/_model';

export function readText(text: string): LayoutDoc {
  return { format: 'text', blocks: layoutItems(splitSourceLines(text)), warnings: [] };
}
