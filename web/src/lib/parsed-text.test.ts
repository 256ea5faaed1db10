import { describe, expect, it } from 'vitest';
import { readActual, readTarget } from './parsed-text';

describe('readTarget', () => {
  it.each([
    ['≥95%', 'ok', '读作 ≥ 95%'],
    ['≧10个', 'ok', '读作 ≥ 10个'],
    ['100%', 'ok', '读作 100%'],
    ['进一步提升', 'info', '定性目标'],
    ['≥', 'error', '无法识别的目标值：≥'],
  ])('%s', (text, tone, out) => {
    expect(readTarget(text)).toEqual({ tone, text: out });
  });

  it('says nothing for an empty target', () => {
    expect(readTarget('  ')).toBeNull();
  });
});

describe('readActual', () => {
  it('picks the figure with the target unit out of prose', () => {
    expect(readActual('月度发放及时率为 91.01%。', '≥95%')).toEqual({ tone: 'ok', text: '读作 91.01%' });
    expect(readActual('全年实绩为 1,106.78 万元，超额完成。', '≥1000万元')).toEqual({
      tone: 'ok',
      text: '读作 1106.78万元（取自文字）',
    });
  });

  it('says when prose has no figure', () => {
    expect(readActual('已按要求完成', '100%')).toEqual({ tone: 'info', text: '文字说明，未读出数值' });
  });
});
