import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { fitRowHeights, heightFor, textUnits, wrappedLines } from './_row-heights';

const CJK_100 = '通过采取多种有效措施及全体环卫工人的努力下环卫保洁各项工作有所提升'.repeat(3).slice(0, 100);

describe('wrappedLines: text width over cell width', () => {
  it('counts a Chinese character about two digits wide', () => {
    expect(textUnits('一二三四')).toBeCloseTo(2 * textUnits('1234'), 0);
    expect(textUnits('１２')).toBe(textUnits('一二')); // full-width digits are wide too
  });

  it.each([
    ['', 10, 1],
    ['产出指标', 10, 1], // 4 characters in 8 units of text room
    ['年度整体绩效目标', 10, 2],
    ['2023年部门整体经费支出合规。', 40, 1],
    [CJK_100, 40, 6], // 18 characters a line: 100 need 6 lines
    [`${CJK_100}\n完成。`, 40, 7], // a line break starts a line
  ])('%s in %s units: %s lines', (text, width, lines) => {
    expect(wrappedLines(text, width)).toBe(lines);
  });

  it('needs more lines at a larger font size, and in an indented cell', () => {
    expect(wrappedLines(CJK_100, 40, 16)).toBeGreaterThan(wrappedLines(CJK_100, 40, 11));
    expect(wrappedLines('年度整体绩效', 13.5, 11, 1)).toBeGreaterThan(
      wrappedLines('年度整体绩效', 13.5, 11, 0),
    );
  });
});

describe('fitRowHeights', () => {
  const sheet = () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('s');
    ws.columns = [{ width: 10 }, { width: 40 }, { width: 20 }];
    return ws;
  };

  it('gives each row the height of its tallest cell, and short rows one line', () => {
    const ws = sheet();
    ws.getCell('A1').value = '短';
    ws.getCell('B2').value = CJK_100;
    ws.getCell('A2').value = '产出指标';
    fitRowHeights(ws, 1, 2, 3);
    expect(ws.getRow(1).height).toBe(heightFor(1));
    expect(ws.getRow(2).height).toBeGreaterThanOrEqual(heightFor(6));
    expect(ws.getRow(2).height).toBeLessThan(heightFor(7));
  });

  it('measures a cell merged across columns by their summed width', () => {
    const ws = sheet();
    ws.mergeCells('B1:C1');
    ws.getCell('B1').value = CJK_100; // 60 units: 27 characters a line, 4 lines
    fitRowHeights(ws, 1, 1, 3);
    expect(ws.getRow(1).height).toBe(heightFor(4));
  });

  it('spreads a cell merged down its rows over them, and keeps a taller height set before', () => {
    const ws = sheet();
    ws.mergeCells('B1:B2');
    ws.getCell('B1').value = CJK_100; // 6 lines over 2 rows
    ws.getRow(3).height = 40;
    fitRowHeights(ws, 1, 3, 3);
    const both = (ws.getRow(1).height ?? 0) + (ws.getRow(2).height ?? 0);
    expect(both).toBeGreaterThanOrEqual(heightFor(6));
    expect(ws.getRow(3).height).toBe(40);
  });
});
