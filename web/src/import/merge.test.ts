import { describe, expect, it } from 'vitest';
import nanzhou from '../../../examples/nanzhou-2023.json' with { type: 'json' };
import { Evaluation } from '../../../src/core/model';
import { diffDocs } from '../lib/doc-diff';
import { defaultChoice, mergeImport } from './merge';

const stored = Evaluation.parse(nanzhou);

describe('mergeImport', () => {
  const imported = structuredClone(stored);
  imported.conclusion = '导入的结论';
  imported.overview = '导入的概述';
  imported.indicators[2]!.actual = '导入的实际值';
  imported.extraction = { source: 'a.docx', warnings: [] };

  it('takes exactly the picked fields from the import and keeps the rest', () => {
    const merged = mergeImport(stored, imported, {
      conclusion: 'imported',
      'indicators[2].actual': 'imported',
    });
    expect(
      diffDocs(stored, merged)
        .map((c) => c.path)
        .sort(),
    ).toEqual(['conclusion', 'indicators[2].actual']);
    expect(merged.conclusion).toBe('导入的结论');
    expect(merged.indicators[2]!.actual).toBe('导入的实际值');
    expect(merged.overview).toBe(stored.overview);
  });

  it('never takes the import’s provenance', () => {
    const merged = mergeImport(stored, imported, { extraction: 'imported' });
    expect(merged.extraction ?? null).toBe(stored.extraction ?? null);
  });

  it('keeps what is stored by default and fills only what is empty', () => {
    const empty = { ...stored, goal: null };
    const choice = defaultChoice(empty, { ...imported, goal: '导入的目标' });
    expect(choice).toMatchObject({ conclusion: 'stored', overview: 'stored', goal: 'imported' });
    expect(choice).not.toHaveProperty('extraction');
  });
});
