import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { buildXinhuaProjects } from '../../../test/fixtures/projects/table/xinhua';
import type { ProjectEvaluation } from '../../core/model';
import { fileNames, sheetNames, writeProjectTablesWorkbook, writeProjectTablesZip } from './many';

/** 228 projects, as seed 000 counts them: 新华's two over and over, some names long, odd or the same. */
function build228(): ProjectEvaluation[] {
  const base = buildXinhuaProjects();
  return Array.from({ length: 228 }, (_, i) => {
    const d = base[i % 2] as ProjectEvaluation;
    const name =
      i % 50 === 7
        ? d.project.name // the same name again
        : i % 50 === 9
          ? `2023年度花都区新华街道城中村人居环境综合整治及长效管理专项资金项目第${i}期`
          : `${d.project.name}[${i}]:${i}/*?`;
    return { ...d, project: { ...d.project, name } };
  });
}

describe('sheet and file names', () => {
  it.each([
    [
      ['长者长寿保健金项目', '长者长寿保健金项目'],
      ['长者长寿保健金项目', '长者长寿保健金项目（2）'],
    ],
    [['a/b:c*d?e[f]g\\h'], ['a_b_c_d_e_f_g_h']],
    [
      ["'项目'", '', "O'Brien项目"],
      ['项目', '项目2', 'O’Brien项目'],
    ],
    [
      ['History', 'ABC', 'abc'],
      ['History（2）', 'ABC', 'abc（2）'],
    ],
    [
      ['一二三四五六七八九十一二三四五六七八九十一二三四五六七八九十一二三四五'],
      ['一二三四五六七八九十一二三四五六七八九十一二三四五六七八九十一'],
    ],
  ])('%j → %j', (names, want) => {
    expect(sheetNames(names)).toEqual(want);
  });

  it('are at most 31 characters for Excel, unique even when cut, and keep emoji whole', () => {
    const long = '城中村人居环境综合整治及长效管理专项资金项目'.repeat(3);
    const got = sheetNames([long, long, `${'项'.repeat(30)}😀`]);
    expect(got.every((n) => n.length <= 31)).toBe(true);
    expect(new Set(got).size).toBe(3);
    expect(got[2]).toBe('项'.repeat(30));
  });

  it.each([
    [
      ['疫情防控:2022/第一批?', '疫情防控:2022/第一批?'],
      ['疫情防控_2022_第一批_.docx', '疫情防控_2022_第一批_（2）.docx'],
    ],
    [
      ['  .隐藏. ', 'CON', '', 'a<b>|"c'],
      ['隐藏.docx', '_CON.docx', '项目3.docx', 'a_b___c.docx'],
    ],
  ])('files %j → %j', (names, want) => {
    expect(fileNames(names, 'docx')).toEqual(want);
  });
});

describe('many at once', () => {
  it('one workbook of 228 projects opens with 228 sheets, each its project, names unique', async () => {
    const docs = build228();
    const started = performance.now();
    const bytes = await writeProjectTablesWorkbook(docs);
    const ms = performance.now() - started;
    // a figure for the record, not a timed assertion
    console.log(
      `228 张项目自评表写入一个工作簿：${Math.round(ms)} ms，${(bytes.length / 1024).toFixed(0)} KiB`,
    );
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(bytes as unknown as ArrayBuffer);
    expect(wb.worksheets).toHaveLength(228);
    const names = wb.worksheets.map((w) => w.name);
    expect(new Set(names.map((n) => n.toLowerCase())).size).toBe(228);
    expect(names.every((n) => n.length <= 31 && !/[[\]:*?/\\]/.test(n))).toBe(true);
    expect(names[7]).toBe('新型冠状病毒肺炎疫情防控工作项目');
    expect(wb.worksheets[7]?.getCell('B3').value).toBe('新型冠状病毒肺炎疫情防控工作项目');
    expect(wb.worksheets[200]?.getCell('B3').value).toBe('长者长寿保健金项目[200]:200/*?');
  }, 120_000);

  it.each(['docx', 'xlsx'] as const)('a .zip of .%s files, one per project', async (format) => {
    const docs = buildXinhuaProjects();
    const zip = await JSZip.loadAsync(
      await writeProjectTablesZip([...docs, docs[0] as ProjectEvaluation], format),
    );
    const files = Object.keys(zip.files);
    expect(files).toEqual([
      `长者长寿保健金项目.${format}`,
      `新型冠状病毒肺炎疫情防控工作项目.${format}`,
      `长者长寿保健金项目（2）.${format}`,
    ]);
    const first = await zip.file(files[0] as string)?.async('uint8array');
    expect([...(first ?? []).slice(0, 2)]).toEqual([0x50, 0x4b]);
  });
});
