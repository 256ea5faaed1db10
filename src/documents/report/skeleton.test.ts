import { describe, expect, it } from 'vitest';
import { buildDocxSkeleton } from './_skeleton-build';
import stored from './docx-skeleton.json' with { type: 'json' };

describe('the stored .docx skeleton', () => {
  it('is what `docx` builds from the report styles today (else: npm run gen:docx-skeleton)', async () => {
    const fresh = await buildDocxSkeleton();
    expect(stored.head).toBe(fresh.head);
    expect(stored.tail).toBe(fresh.tail);
    expect(stored.parts.map((p) => p.path)).toEqual(fresh.parts.map((p) => p.path));
    for (const [i, p] of fresh.parts.entries()) expect(stored.parts[i]?.xml, p.path).toBe(p.xml);
  });

  it('holds the official fonts and the — N — footers', () => {
    const all = stored.parts.map((p) => p.xml).join('');
    expect(all).toContain('仿宋_GB2312');
    expect(all).toContain('<w:instrText xml:space="preserve">PAGE</w:instrText>');
    expect(stored.parts[0]?.path).toBe('[Content_Types].xml');
  });
});
