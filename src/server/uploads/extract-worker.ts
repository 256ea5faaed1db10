/** Worker thread that reads one uploaded document; the parent ends it when it runs too long or too large. */
import { parentPort, workerData } from 'node:worker_threads';

interface Job {
  kind: 'docx' | 'xlsx' | 'pdf' | 'txt';
  bytes: Uint8Array;
  filename: string;
  maxPdfPages: number;
}

// Specifiers in variables: the modules are being written alongside; absent ones answer `not_available`.
const EXTRACT_MODULE = '../../documents/extract';
const XLSX_MODULE = '../../documents/xlsx';

async function load(spec: string, name: string): Promise<((...args: unknown[]) => unknown) | null> {
  try {
    const mod = (await import(/* @vite-ignore */ spec)) as Record<string, unknown>;
    return typeof mod[name] === 'function' ? (mod[name] as (...args: unknown[]) => unknown) : null;
  } catch {
    return null;
  }
}

interface CellError {
  sheet?: string | null;
  row?: number | null;
  column?: string | null;
  message: string;
}

/** A reader's `{success: false, errors}` as one Chinese message naming sheet, row and column. */
function failure(errors: CellError[]) {
  const lines = errors.slice(0, 8).map((e) => {
    const where = [
      e.sheet && `工作表“${e.sheet}”`,
      e.row != null && `第 ${e.row} 行`,
      e.column && `${e.column} 列`,
    ].filter(Boolean);
    return where.length ? `${where.join(' ')}：${e.message}` : e.message;
  });
  return {
    ok: false,
    code: 'invalid_document',
    message: lines.join('；') + (errors.length > 8 ? `；另有 ${errors.length - 8} 处` : ''),
  };
}

async function run(job: Job): Promise<unknown> {
  const bytes = new Uint8Array(job.bytes);
  let result: unknown;
  if (job.kind === 'xlsx') {
    const importWorkbook = await load(XLSX_MODULE, 'importWorkbook');
    if (!importWorkbook) return { ok: false, code: 'not_available', message: 'Excel 导入功能尚未启用' };
    result = await importWorkbook(bytes, job.filename);
  } else {
    const extractDocument = await load(EXTRACT_MODULE, 'extractDocument');
    const extractText = await load(EXTRACT_MODULE, 'extractText');
    if (extractDocument) {
      result = await extractDocument({ bytes, filename: job.filename, maxPages: job.maxPdfPages });
    } else if (extractText && job.kind === 'txt') {
      result = extractText(new TextDecoder().decode(bytes), job.filename);
    } else {
      return { ok: false, code: 'not_available', message: '文档读取功能尚未启用' };
    }
  }
  const r = result as { success?: boolean; errors?: CellError[] };
  if (r && r.success === false) return failure(r.errors ?? []);
  return { ok: true, result };
}

run(workerData as Job).then(
  (msg) => parentPort?.postMessage(JSON.parse(JSON.stringify(msg))),
  (e: unknown) =>
    parentPort?.postMessage({
      ok: false,
      code: 'unreadable_file',
      message: e instanceof Error ? e.message : String(e),
    }),
);
