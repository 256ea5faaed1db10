/** Upload type by magic bytes: the file must be what its extension says, else a Chinese 400. */
import { decodeText } from '../../documents/text-encoding';
import { AppError } from '../errors';

export type UploadKind = 'json' | 'txt' | 'docx' | 'xlsx' | 'pdf';

const ACCEPTED = '.json、.xlsx、.docx、.pdf 或 .txt';
const LABEL: Record<UploadKind, string> = {
  json: 'JSON',
  txt: '文本',
  docx: 'Word（.docx）',
  xlsx: 'Excel（.xlsx）',
  pdf: 'PDF',
};

const startsWith = (b: Uint8Array, sig: number[]) => sig.every((x, i) => b[i] === x);
const ZIP = [0x50, 0x4b, 0x03, 0x04];
const CFB = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

function hasPdfHeader(b: Uint8Array): boolean {
  const head = Buffer.from(b.subarray(0, 1024)).toString('latin1');
  return head.includes('%PDF-');
}

/**
 * Check an upload's name and first bytes; returns its kind or throws `unsupported_file`. A text or JSON file is
 * also decoded whole, which takes time in proportion to its size: with `{ decode: false }` (the server's main
 * thread) that part is left to the extraction worker, which calls this again in full.
 * @example sniffUpload(bytes, '南洲.docx') // 'docx'
 */
export function sniffUpload(
  bytes: Uint8Array,
  filename: string,
  { decode = true }: { decode?: boolean } = {},
): UploadKind {
  const ext = /\.([A-Za-z0-9]+)$/.exec(filename)?.[1]?.toLowerCase() ?? '';
  if (ext === 'doc' || ext === 'xls' || ext === 'wps' || ext === 'et') {
    throw new AppError('unsupported_file', `不支持旧版 Office 格式 .${ext}，请另存为 .docx 或 .xlsx 后上传`);
  }
  if (!['json', 'txt', 'docx', 'xlsx', 'pdf'].includes(ext)) {
    throw new AppError(
      'unsupported_file',
      `不支持的文件类型${ext ? ` .${ext}` : ''}（${filename}），请上传 ${ACCEPTED} 文件`,
    );
  }
  const kind = ext as UploadKind;
  if (bytes.length === 0) throw new AppError('unsupported_file', `文件 ${filename} 是空的`);
  const mismatch = () =>
    new AppError('unsupported_file', `文件 ${filename} 的扩展名是 .${ext}，但内容不是${LABEL[kind]}文件`);
  if (kind === 'docx' || kind === 'xlsx') {
    if (startsWith(bytes, CFB)) {
      throw new AppError(
        'unsupported_file',
        `文件 ${filename} 是旧版 Office 格式或已加密，请另存为未加密的 .${ext} 后上传`,
      );
    }
    if (!startsWith(bytes, ZIP)) throw mismatch();
    return kind;
  }
  if (kind === 'pdf') {
    if (!hasPdfHeader(bytes)) throw mismatch();
    return kind;
  }
  if (startsWith(bytes, ZIP) || startsWith(bytes, CFB) || hasPdfHeader(bytes.subarray(0, 8)))
    throw mismatch();
  if (!decode) return kind;
  const text = decodeText(bytes)?.text;
  if (text == null)
    throw new AppError(
      'unsupported_file',
      `文件 ${filename} 不是文本文件：只能读取 UTF-8、UTF-16 或 GB18030（GBK）编码的文本`,
    );
  if (kind === 'json' && !/^\s*[{[]/.test(text)) throw mismatch();
  return kind;
}
