/**
 * What the whole suite needs from the machine. Without CI a missing part skips the tests that need it (each says
 * so); under CI=true a missing part fails the run before any test, naming what is missing, so the suite can never
 * go quietly green with parts of it unrun.
 */
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

export const SHARED_FACTS = fileURLToPath(new URL('../../../shared/seeds/facts', import.meta.url));

export interface Requirement {
  what: string;
  /** Null when present, else how to get it. */
  missing: () => string | null | Promise<string | null>;
}

function onPath(cmd: string): boolean {
  try {
    execFileSync('sh', ['-c', `command -v ${cmd}`], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}

async function postgresMissing(): Promise<string | null> {
  const url = process.env.TEST_DATABASE_URL;
  if (!url) return 'TEST_DATABASE_URL 未设置（.ci/run 启动 PostgreSQL 后设置它）';
  const { default: pg } = await import('pg');
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 5000 });
  try {
    await client.connect();
    await client.query('select 1');
    return null;
  } catch (e) {
    return `无法连接 TEST_DATABASE_URL：${e instanceof Error ? e.message : String(e)}`;
  } finally {
    await client.end().catch(() => {});
  }
}

export const REQUIREMENTS: Requirement[] = [
  {
    what: '../shared/seeds/facts（种子报告与核对过的事实）',
    missing: () => (existsSync(SHARED_FACTS) ? null : `${SHARED_FACTS} 不存在：把 shared/ 放在仓库旁边`),
  },
  { what: 'PostgreSQL（TEST_DATABASE_URL）', missing: postgresMissing },
  {
    what: 'LibreOffice（soffice）',
    missing: () => (onPath('soffice') ? null : 'apt-get install libreoffice-writer-nogui'),
  },
  {
    what: 'poppler（pdftotext）',
    missing: () => (onPath('pdftotext') ? null : 'apt-get install poppler-utils'),
  },
  {
    what: 'Tesseract 5（中文与英文模型，读扫描件）',
    missing: () => {
      if (!onPath('tesseract'))
        return 'apt-get install tesseract-ocr tesseract-ocr-chi-sim tesseract-ocr-eng';
      const langs = execFileSync('tesseract', ['--list-langs'], { encoding: 'utf8' });
      return /^chi_sim$/m.test(langs) && /^eng$/m.test(langs)
        ? null
        : 'apt-get install tesseract-ocr-chi-sim tesseract-ocr-eng';
    },
  },
  {
    what: 'img2pdf（测试用扫描件）',
    missing: () => (onPath('img2pdf') ? null : 'apt-get install img2pdf'),
  },
  {
    what: 'Chromium（/usr/bin/chromium）',
    missing: () => (existsSync('/usr/bin/chromium') ? null : 'apt-get install chromium'),
  },
];

/** Every requirement not met, as `what: how`. */
export async function missingRequirements(): Promise<string[]> {
  const out: string[] = [];
  for (const r of REQUIREMENTS) {
    const m = await r.missing();
    if (m) out.push(`${r.what}: ${m}`);
  }
  return out;
}
