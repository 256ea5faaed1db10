/** Regenerate src/documents/report/docx-skeleton.json after a change to the report styles, theme or footers. */
import { writeFileSync } from 'node:fs';
import { buildDocxSkeleton } from '../src/documents/report/_skeleton-build';

const out = new URL('../src/documents/report/docx-skeleton.json', import.meta.url);
writeFileSync(out, `${JSON.stringify(await buildDocxSkeleton(), null, 1)}\n`);
console.log(`已写出 ${out.pathname}`);
