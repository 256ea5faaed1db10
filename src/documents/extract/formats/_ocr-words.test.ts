/** Tesseract TSV to positioned text: parsing, digit look-alikes inside numbers only, CJK runs, page numbers. */
import { describe, expect, it } from 'vitest';
import { dropPageNumbers, normalizeDigits, type OcrWord, parseTsv, wordsToItems } from './_ocr-words';

const HEAD = 'level\tpage_num\tblock_num\tpar_num\tline_num\tword_num\tleft\ttop\twidth\theight\tconf\ttext';
const row = (level: number, line: number, word: number, box: number[], conf: number, text: string) =>
  [level, 1, 1, 1, line, word, ...box, conf, text].join('\t');

describe('parseTsv', () => {
  it('keeps the words with text and their line height, skips structure rows and empty words', () => {
    const tsv = [
      HEAD,
      row(4, 1, 0, [100, 200, 400, 50], -1, ''),
      row(5, 1, 1, [100, 205, 40, 40], 95.5, '预'),
      row(5, 1, 2, [150, 205, 40, 40], 91, ' '),
      row(5, 1, 3, [200, 210, 90, 38], 62.25, '26'),
    ].join('\n');
    const words = parseTsv(tsv);
    expect(words.map((w) => w.text)).toEqual(['预', '26']);
    expect(words[1]).toMatchObject({ left: 200, top: 210, width: 90, height: 38, confidence: 62.25 });
    expect(words[0]!.lineHeight).toBe(50);
    expect(words[0]!.line).toBe(words[1]!.line);
  });
});

describe('normalizeDigits', () => {
  it.each([
    ['2O23年', '2023年'],
    ['l00%', '100%'],
    ['１２３．４５', '123.45'],
    ['23，135．18万元', '23,135.18万元'],
    ['99，56％', '99.56%'],
    ['得分9I.46分', '得分91.46分'],
  ])('sets look-alikes right inside a number: %s', (raw, want) => {
    expect(normalizeDigits(raw)).toBe(want);
  });

  it.each(['Office', 'OCR', 'I', '第l期', 'PDF2O', '完成，100'])(
    'leaves text that is not otherwise numeric as read: %s',
    (raw) => {
      expect(normalizeDigits(raw)).toBe(raw);
    },
  );
});

const word = (text: string, left: number, conf = 95, line = 'a', top = 100): OcrWord => ({
  text,
  left,
  top,
  width: text.length * 40,
  height: 40,
  confidence: conf,
  line,
  image: 1,
  lineHeight: 42,
});

describe('wordsToItems', () => {
  const page = { dpi: 300, height: 3508, rules: [] };

  it('joins the CJK characters of a line without spaces, Latin words with one, in PDF points', () => {
    const items = wordsToItems(
      [
        word('得', 100),
        word('分', 142),
        word('91.46', 184),
        word('分', 390),
        word('OCR', 432),
        word('test', 560),
      ],
      page,
    );
    expect(items.map((i) => i.str)).toEqual(['得分91.46分OCR test']);
    const it0 = items[0]!;
    expect(it0.x).toBeCloseTo(24, 0);
    expect(it0.y).toBeCloseTo(((3508 - 142) * 72) / 300, 0);
    expect(it0.confidence).toBe(95);
  });

  it('keeps words far apart, or on both sides of a vertical rule, as separate items with their own confidence', () => {
    const x = (px: number) => (px * 72) / 300;
    const rule = { x1: x(250), y1: x(3508 - 300), x2: x(250), y2: x(3508 - 50) };
    const items = wordsToItems([word('小计', 100), word('50', 262, 61), word('计算', 1000)], {
      ...page,
      rules: [rule],
    });
    expect(items.map((i) => i.str)).toEqual(['小计', '50', '计算']);
    expect(items[1]!.confidence).toBe(61);
  });
});

describe('dropPageNumbers', () => {
  it('drops a page number in the bottom margin, keeps figures in the body', () => {
    const t = (str: string, y: number) => ({ str, x: 280, y, w: 20, size: 10 });
    const kept = dropPageNumbers(
      [t('— 6 —', 30), t('6一', 35), t('6', 400), t('第 3 页', 820), t('共扣8.54分', 56)],
      842,
    );
    expect(kept.map((k) => k.str)).toEqual(['6', '共扣8.54分']);
  });

  it('keeps a lone number inside a table at the top of the page', () => {
    const cell = { str: '6', x: 280, y: 800, w: 10, size: 10 };
    const table = { left: 50, right: 550, bottom: 600, top: 820 };
    expect(dropPageNumbers([cell], 842, [table])).toEqual([cell]);
    expect(dropPageNumbers([cell], 842)).toEqual([]);
  });
});
