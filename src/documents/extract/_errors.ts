/** Extraction failures (a file that is not a readable report) and the Chinese messages of extraction warnings. */
import { defineMessages } from '../../core/messages';

export type ExtractErrorCode =
  | 'empty'
  | 'binary'
  | 'not_docx'
  | 'doc_unsupported'
  | 'docx_invalid'
  | 'pdf_invalid'
  | 'pdf_encrypted'
  | 'pdf_no_text'
  | 'pdf_too_many_pages'
  | 'not_a_report'
  | 'year_missing';

/** Figures some messages name: the page count of a PDF and its limit. */
export type ExtractErrorParams = Partial<Record<'pages' | 'maxPages', number>>;

const ERROR_TEXT: Record<ExtractErrorCode, string | ((p: ExtractErrorParams) => string)> = {
  empty: '文件为空，没有可读取的内容',
  binary: '文件不是文本、Word（.docx）或 PDF 文档，无法读取',
  not_docx: '压缩文件中没有 word/document.xml，不是 Word（.docx）文档',
  doc_unsupported: '不支持旧版 Word（.doc）文件，请另存为 .docx 后再导入',
  docx_invalid: 'Word（.docx）文件已损坏，无法读取',
  pdf_invalid: 'PDF 文件已损坏或格式无效，无法读取',
  pdf_encrypted: 'PDF 文件已加密，请先解除密码保护',
  pdf_no_text: 'PDF 没有文字层（可能是扫描件），无法读取；请提供可复制文字的 PDF 或 Word 文件',
  pdf_too_many_pages: (p) => `PDF 共 ${p.pages} 页，超过上限 ${p.maxPages} 页`,
  not_a_report: '未能在文件中找到部门名称、年度或任何评价数据，不像部门整体支出绩效自评报告',
  year_missing: '未能在标题、正文或文件名中找到报告年度，无法确定评价年度',
};

/** A file jixiao cannot read as a report; `code` is stable, `message` is for the user. */
export class ExtractError extends Error {
  constructor(
    readonly code: ExtractErrorCode,
    readonly file?: string,
    readonly detail?: string,
    readonly params: ExtractErrorParams = {},
  ) {
    const text = ERROR_TEXT[code];
    super(
      `${file ? `${file}：` : ''}${typeof text === 'string' ? text : text(params)}${detail ? `（${detail}）` : ''}`,
    );
    this.name = 'ExtractError';
  }
}

type P = Record<string, string | number | boolean | null | undefined>;
const at = (p: P) => (p.where ? `${p.where}：` : '');

/** Warning codes of the extractor, in the shared message map. */
export const WARNING_MESSAGES: Record<string, (p: P) => string> = {
  extract_department_missing: (p) => `${at(p)}未找到部门名称`,
  extract_district_missing: (p) => `${at(p)}未能从部门名称中识别所属区`,
  extract_year_from_filename: (p) => `${at(p)}正文中未找到年度，按文件名取 ${p.year} 年`,
  extract_rubric_fallback: (p) => `${at(p)}${p.detail}`,
  extract_rubric_region: (p) => `${at(p)}部门不在广州，暂用评分标准 ${p.rubric}，请核对`,
  extract_score_unmapped: (p) => `${at(p)}“${p.subject}”得分 ${p.score} 分，无法对应到评分标准的任何一项`,
  extract_conflict: (p) => `${at(p)}${p.field}出现不同的数值：先取 ${p.first}，又见 ${p.second}，保留前者`,
  extract_table_row: (p) => `${at(p)}表格第 ${p.row} 行：${p.detail}`,
  extract_levels_spread: (p) =>
    `${at(p)}表中${p.levels}是合并单元格，只写在所跨各行的中间；各行所属按位置推断，请核对`,
  extract_invalid_value: (p) => `${at(p)}${p.field} 的值不合规，已舍弃（${p.detail}）`,
  extract_deduction_item: (p) => `${at(p)}扣 ${p.points} 分的扣分项无法识别名称`,
  extract_pdf_page_no_text: (p) => `${at(p)}该页没有文字层`,
  extract_failed_part: (p) => `${at(p)}读取${p.part}时出错，这部分未能读取，请核对后手工填写`,
  extract_ocr_used: (p) =>
    `${at(p)}PDF 没有文字层，已用文字识别（OCR）读取 ${p.pages} 页，识别结果请逐项核对`,
  extract_ocr_low_confidence: (p) => `${at(p)}“${p.text}” 识别可信度 ${p.confidence}%，请核对`,
  extract_ocr_page_blank: (p) => `${at(p)}文字识别未能在该页读出文字`,
  extract_ocr_page_failed: (p) => `${at(p)}该页无法渲染或识别超时，未能读取，请核对后手工填写`,
};
defineMessages(WARNING_MESSAGES);
