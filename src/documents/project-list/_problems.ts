/** The problems of a project list: records with a code, a place and params; their Chinese sentences in one map. */

import type { Severity } from '../../core/labels';
import { defineMessages, renderMessage } from '../../core/messages';

type Params = Record<string, string | number | boolean | null | undefined>;

export interface ListPlace {
  file: string;
  /** The sheet's name; null for a CSV file or the file as a whole. */
  sheet: string | null;
  /** 1-based row (record of a CSV file) as a spreadsheet numbers it; null for the file or sheet as a whole. */
  row: number | null;
  /** Column letter (`D`); null for a whole row. */
  column: string | null;
  /** The column's header as typed (全年预算数（万元）). */
  header: string | null;
}

export interface ListProblem extends ListPlace {
  code: string;
  severity: Severity;
  params: Params;
  /** The Chinese sentence, place first. */
  message: string;
}

const M: Record<string, (p: Params) => string> = {
  project_list_empty: () => '文件为空，没有可读取的项目清单',
  project_list_binary: () => '不是表格文件：项目清单应为 Excel 工作簿（.xlsx）或 CSV 文本（.csv），无法读取',
  project_list_docx: () => '是 Word 文档或其他压缩文件，不是 Excel 工作簿（.xlsx），无法读取项目清单',
  project_list_xls: () =>
    '是旧版 Excel（.xls）文件，不支持；请在 Excel 或 WPS 中另存为 .xlsx 或 .csv 后再导入',
  project_list_pdf: () => '是 PDF 文档，不是表格；请从预算系统导出 .xlsx 或 .csv 项目清单',
  project_list_zip_invalid: () => 'Excel 工作簿（.xlsx）已损坏或格式无效，无法读取',
  project_list_too_large: () =>
    'Excel 工作簿解压后超过 100 MB，不像项目清单（可能是损坏的文件或压缩炸弹），已拒绝',
  project_list_no_header: () => '未找到项目清单的表头：应有一行列名，其中包括“项目名称”',
  project_list_no_name_column: (p) =>
    `表头中没有“项目名称”列，无法区分项目，本表未导入（已识别的列：${p.found}）`,
  project_list_no_projects: () => '表头下没有任何项目',
  project_list_sheet_skipped: () => '本工作表没有项目清单的表头，未读取',
  project_list_column_duplicate: (p) =>
    `“${p.label}”与 ${p.usedColumn} 列“${p.usedLabel}”同为${p.field}，以 ${p.usedColumn} 列为准，本列未读取`,
  project_list_unit_yuan: () => '金额单位为元，已按 1 万元 = 10,000 元换算为万元（精确到分，未舍入）',
  project_list_unit_assumed: () => '表中未注明金额单位，按万元读取，请核对',
  project_list_bad_amount: (p) => `“${p.text}”不是有效金额：${p.reason}；该项留空，原文保留在草稿中`,
  project_list_bad_total: (p) => `合计行的“${p.text}”不是有效金额：${p.reason}；该列未核对`,
  project_list_bad_sum_column: (p) =>
    `“${p.text}”不是有效金额：${p.reason}；本行未核对合计（项目金额按各资金来源相加）`,
  project_list_source_sum_mismatch: (p) =>
    `合计列的${p.field} ${p.stated} 万元与各资金来源之和 ${p.sum} 万元不符（差 ${p.diff} 万元），项目金额按各资金来源相加`,
  project_list_continuation: (p) =>
    `该行没有项目名称，紧接第 ${p.row} 行且填有资金来源，按合并单元格视为项目“${p.name}”的一条资金，请核对`,
  project_list_row_no_name: () => '该行没有项目名称，未导入',
  project_list_same_name: (p) =>
    `项目“${p.name}”在第 ${p.firstRow} 行（编码 ${p.firstCode || '空'}）和本行（编码 ${p.code || '空'}）出现，编码不同，作为两个项目导入，请核对`,
  project_list_field_conflict: (p) =>
    `同一项目的${p.field}在第 ${p.firstRow} 行为“${p.first}”，本行为“${p.value}”，取第 ${p.firstRow} 行的`,
  project_list_source_missing: (p) =>
    `项目“${p.name}”有多行（第 ${p.rows} 行），但未填写资金来源，已作为同一项目的多条资金导入，请补填资金来源`,
  project_list_source_duplicate: (p) =>
    `项目“${p.name}”的资金来源“${p.source}”在第 ${p.firstRow} 行已出现，请核对`,
  project_list_total_mismatch: (p) =>
    `${p.label}行的${p.field} ${p.stated} 万元与上方各项目之和 ${p.sum} 万元不符（差 ${p.diff} 万元）`,
  project_list_extra_cells: (p) =>
    `该行有 ${p.cells} 个单元格，多于表头的 ${p.width} 列，多出的内容“${p.text}”未读取`,
  project_list_unclosed_quote: () => '引号未闭合：从此行起直到文件末尾都被读作一个单元格，请检查该行的引号',
  project_list_truncated: (p) => `超过 ${p.max} 行，只读取了前 ${p.max} 行`,
  project_list_department_differs: (p) => `主管部门“${p.value}”与导入的部门“${p.department}”不同，请核对`,
  project_list_bad_text: (p) => `${p.detail}；该项留空`,
  project_list_invalid_draft: (p) => `项目“${p.name}”无法保存为草稿：${p.detail}`,
};
defineMessages(M);

/** The place in words: 「清单.xlsx」工作表「项目」第 12 行 E 列（全年预算数）. */
export function describePlace(p: ListPlace): string {
  let s = `「${p.file}」`;
  if (p.sheet !== null) s += `工作表「${p.sheet}」`;
  if (p.row !== null) s += `第 ${p.row} 行`;
  if (p.column !== null) s += ` ${p.column} 列`;
  if (p.header) s += `（${p.header}）`;
  return s;
}

export function makeProblem(
  code: string,
  severity: Severity,
  place: ListPlace,
  params: Params = {},
): ListProblem {
  return {
    code,
    severity,
    ...place,
    params,
    message: `${describePlace(place)}：${renderMessage(code, params)}`,
  };
}
