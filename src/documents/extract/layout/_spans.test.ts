import { describe, expect, it } from 'vitest';
import { isCompleteLevel } from './_levels';
import { collectAnchors, fillDown, runsOf, spreadMiddle } from './_spans';

const col = (spec: string) => spec.split(',').map((x) => x.trim());

describe('collectAnchors', () => {
  it('joins a label broken over consecutive rows until it is complete', () => {
    const a = collectAnchors(col('社会, 指标, , 服务对象, 满意 度'), isCompleteLevel);
    expect(a.map((x) => [x.label, x.pos])).toEqual([
      ['社会指标', 0.5],
      ['服务对象满意 度', 3.5],
    ]);
  });

  it('keeps complete labels on consecutive rows apart', () => {
    const a = collectAnchors(col('数量指标, 质量指标'), isCompleteLevel);
    expect(a.map((x) => x.label)).toEqual(['数量指标', '质量指标']);
  });
});

describe('spreadMiddle: a label written beside the middle row of its span', () => {
  it.each([
    // label rows → expected labels per row
    ['3 rows, label in the middle', ',A,', 'A,A,A'],
    ['two spans of 3', ',A,,,B,', 'A,A,A,B,B,B'],
    ['an even span: label on the upper middle row', ',A,,,B,,', 'A,A,A,B,B,B,B'],
    ['one row each', 'A,B,C', 'A,B,C'],
    ['spans of 5 and 1', ',,A,,,B', 'A,A,A,A,A,B'],
  ])('%s', (_name, cells, expected) => {
    const anchors = collectAnchors(col(cells), () => true);
    expect(spreadMiddle(anchors, 0, col(cells).length)).toEqual(col(expected));
  });

  it('spreads only inside the given range', () => {
    const anchors = collectAnchors(col(',A,,,B,'), () => true);
    expect(spreadMiddle(anchors, 3, 6)).toEqual(['B', 'B', 'B']);
  });

  it('gives null when no label lies in the range', () => {
    expect(spreadMiddle([], 0, 2)).toEqual([null, null]);
  });
});

describe('fillDown and runsOf', () => {
  it('fills a top-anchored column down to the next label', () => {
    const anchors = collectAnchors(col('A,,,B,'), () => true);
    expect(fillDown(anchors, 0, 5)).toEqual(col('A,A,A,B,B'));
  });

  it('groups equal consecutive labels', () => {
    expect(runsOf(['A', 'A', 'B', null])).toEqual([
      { label: 'A', start: 0, end: 2 },
      { label: 'B', start: 2, end: 3 },
      { label: null, start: 3, end: 4 },
    ]);
  });
});
