import { describe, expect, it } from 'vitest';
import { displayWidth, FolderProgress, fitWidth, formatTable } from './_progress';

describe('display width and table', () => {
  it('counts a Chinese character and a full-width sign as two columns', () => {
    expect(displayWidth('abc')).toBe(3);
    expect(displayWidth('南洲街道')).toBe(8);
    expect(displayWidth('（一）')).toBe(6);
    expect(fitWidth('广州市海珠区人民政府', 9)).toBe('广州市海…');
  });

  it('aligns columns by display width', () => {
    const lines = formatTable([
      ['文件', '年度'],
      ['a.txt', '2023'],
    ]);
    expect(lines).toEqual(['文件   年度', 'a.txt  2023']);
  });
});

describe('FolderProgress', () => {
  it('redraws one line on a terminal: bar, count, and the pages of what is being read', () => {
    const out: string[] = [];
    const p = new FolderProgress(4, { tty: true, columns: 200, write: (s) => out.push(s) });
    p.start(0, '甲.pdf');
    p.page(0, 3, 12);
    expect(out.at(-1)).toBe('\r\x1b[K[--------------------] 0/4  正在读取 甲.pdf 第 3/12 页');
    p.finish(0, false, '失败');
    p.start(1, '乙.txt');
    expect(out.at(-1)).toBe('\r\x1b[K[#####---------------] 1/4，失败 1  正在读取 乙.txt');
    p.end();
    expect(out.at(-1)).toBe('\r\x1b[K');
    expect(out.join('')).not.toContain('\n');
  });

  it('writes one plain line per file when not a terminal, none per page', () => {
    const out: string[] = [];
    const p = new FolderProgress(2, { tty: false, write: (s) => out.push(s) });
    p.start(0, '甲.pdf');
    p.page(0, 1, 12);
    p.finish(0, true, '已读取');
    p.end();
    expect(out).toEqual(['[1/2] 甲.pdf：已读取\n']);
  });
});
