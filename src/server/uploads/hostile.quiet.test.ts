/**
 * Hostile uploads against the real server in a child process, over loopback: a PDF that once froze the page-count
 * check, .docx files that lie about their size, and valid PDFs, all at once. /api/health must keep answering fast,
 * every upload must end with a result or a Chinese refusal, and the server's memory must stay bounded.
 */

import { once } from 'node:events';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { setPriority, tmpdir } from 'node:os';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import { deflateRawSync } from 'node:zlib';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { convertCached } from '../../../test/fixtures/extract/variants';
import { Evaluation } from '../../core/model';
import { renderReport } from '../../documents/report';
import { HttpClient, type SpawnedResponse, type SpawnedServer, spawnServer } from '../_spawn';

const MiB = 1024 * 1024;
const GiB = 1024 * MiB;
const PASSWORD = 'hostile-test-1';
const dir = mkdtempSync(join(tmpdir(), 'jixiao-hostile-'));
const controlDir = mkdtempSync(join(tmpdir(), 'jixiao-hostile-control-'));
const WORKERS = 2;
/** Nice value of the uploading client's thread during the burst (see the test). */
const CLIENT_NICE = 19;

/** Back to normal priority where allowed (root); elsewhere the thread stays below, which only slows this file. */
function restorePriority(): void {
  try {
    setPriority(0);
  } catch {
    // EACCES: raising priority again needs CAP_SYS_NICE
  }
}
const QUEUE = 8;

/** A one-entry zip whose central directory declares `declared` bytes for `data` (deflated as it is). */
function buildDocx(deflated: Buffer, declared: number): Uint8Array {
  const name = Buffer.from('word/document.xml');
  const local = Buffer.alloc(30);
  local.writeUInt32LE(0x04034b50, 0);
  local.writeUInt16LE(8, 8);
  local.writeUInt32LE(deflated.length, 18);
  local.writeUInt32LE(declared, 22);
  local.writeUInt16LE(name.length, 26);
  const central = Buffer.alloc(46);
  central.writeUInt32LE(0x02014b50, 0);
  central.writeUInt16LE(8, 10);
  central.writeUInt32LE(deflated.length, 20);
  central.writeUInt32LE(declared, 24);
  central.writeUInt16LE(name.length, 28);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(1, 8);
  end.writeUInt16LE(1, 10);
  end.writeUInt32LE(central.length + name.length, 12);
  end.writeUInt32LE(local.length + name.length + deflated.length, 16);
  return new Uint8Array(Buffer.concat([local, name, deflated, central, name, end]));
}

/** The PDF of repeated `/Type /Pages ` that froze the old page-count regex, with a header and an end marker. */
function buildHostilePdf(bytes: number): Uint8Array {
  const unit = '/Type /Pages ';
  return new TextEncoder().encode(`%PDF-1.4\n${unit.repeat(Math.ceil(bytes / unit.length))}\n%%EOF\n`);
}

/** A real report as PDF: seed 南洲 2023 written by the project's .docx writer, printed by LibreOffice (cached). */
async function buildSeedPdf(): Promise<Uint8Array> {
  const seed = Evaluation.parse(JSON.parse(readFileSync('examples/nanzhou-2023.json', 'utf8')));
  const docx = await renderReport(seed, 'docx');
  const pdf = await convertCached([{ name: 'nanzhou-2023.docx', bytes: docx, key: 'nanzhou-2023' }], 'pdf');
  return pdf.get('nanzhou-2023.docx') as Uint8Array;
}

/** Resident and peak resident memory of a process, from /proc. */
function memoryOf(pid: number): { rss: number; peak: number } {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  const kib = (key: string) => Number(new RegExp(`${key}:\\s+(\\d+) kB`).exec(status)?.[1] ?? 0) * 1024;
  return { rss: kib('VmRSS'), peak: kib('VmHWM') };
}

/** GET /api/health every ~20 ms until told to stop; replies with each latency and the largest RSS seen. */
const POLLER = `
const { parentPort, workerData } = require('node:worker_threads');
const { readFileSync } = require('node:fs');
const rss = () => Number(/VmRSS:\\s+(\\d+) kB/.exec(readFileSync('/proc/' + workerData.pid + '/status', 'utf8'))[1]) * 1024;
let stop = false;
parentPort.on('message', () => { stop = true; });
(async () => {
  const latencies = [], statuses = [], at = [];
  let rssMax = rss();
  parentPort.postMessage('started');
  while (!stop) {
    const t0 = performance.now();
    const res = await fetch(workerData.url);
    await res.arrayBuffer();
    latencies.push(performance.now() - t0);
    // on one clock for every thread and process of the machine, so that two pollers' polls can be set side by side
    at.push(performance.timeOrigin + t0);
    statuses.push(res.status);
    rssMax = Math.max(rssMax, rss());
    await new Promise((r) => setTimeout(r, 20));
  }
  parentPort.postMessage({ latencies, statuses, rssMax, at });
})();
`;

interface Polled {
  latencies: number[];
  statuses: number[];
  rssMax: number;
  /** When each poll started, ms on the clock every thread shares (`performance.timeOrigin` + `performance.now()`). */
  at: number[];
}

/**
 * How long each poll of the hostile server waited beyond what the machine made the idle copy wait at the same
 * moment: its latency less the longest latency of the idle copy's polls that overlapped it. A pause of the whole
 * machine (the virtual machine's host, the other tests' processes) slows both alike and is not the server's.
 */
function ownStalls(hostile: Polled, idle: Polled): number[] {
  return hostile.latencies.map((l, i) => {
    const start = hostile.at[i]!;
    let shared = 0;
    idle.latencies.forEach((m, j) => {
      const s = idle.at[j]!;
      if (s < start + l && s + m > start)
        shared = Math.max(shared, Math.min(start + l, s + m) - Math.max(start, s));
    });
    return l - shared;
  });
}

/** A poller of /api/health of one server, in a thread of its own (the uploads this thread sends cannot delay it). */
async function startPoller(target: SpawnedServer): Promise<() => Promise<Polled>> {
  const poller = new Worker(POLLER, {
    eval: true,
    workerData: { url: `${target.url}/api/health`, pid: target.proc.pid },
  });
  await once(poller, 'message');
  return async () => {
    poller.postMessage('stop');
    const [polled] = (await once(poller, 'message')) as [Polled];
    await poller.terminate();
    return polled;
  };
}

const serverEnv = (dataDir: string) => ({
  JIXIAO_DATA_DIR: dataDir,
  JIXIAO_ADMIN_PASSWORD: PASSWORD,
  JIXIAO_ARGON2_MEMORY_KIB: '64',
  JIXIAO_ARGON2_TIME: '1',
  JIXIAO_EXTRACT_WORKERS: String(WORKERS),
  JIXIAO_EXTRACT_QUEUE: String(QUEUE),
  LOG_LEVEL: 'warn',
});

let server: SpawnedServer;
/** The same server, sent nothing: what the machine alone does to /api/health at the same moment. */
let control: SpawnedServer;
let client: HttpClient;
let seedPdf: Uint8Array;

beforeAll(async () => {
  seedPdf = await buildSeedPdf();
  // One after the other: the first start may compile dist/, which the second then reuses.
  server = await spawnServer(serverEnv(dir), 120_000);
  control = await spawnServer(serverEnv(controlDir), 120_000);
  client = new HttpClient(server.url);
  const res = await client.send('POST', '/api/auth/login', { username: 'admin', password: PASSWORD });
  expect(res.status).toBe(200);
}, 300_000);

afterAll(async () => {
  await Promise.all([server?.stop(), control?.stop()]);
  rmSync(dir, { recursive: true, force: true });
  rmSync(controlDir, { recursive: true, force: true });
});

it('keeps /api/health under 200 ms and memory under 1.5 GB while hostile uploads arrive together', {
  timeout: 300_000,
}, async () => {
  // Built before the clock starts: this process must not be the one that stalls.
  // 100 MiB of zeros deflate to ~100 KiB; the central directory says 98 MiB, so the entry lies about its size.
  const lyingXml = deflateRawSync(Buffer.alloc(100 * MiB));
  const docx = buildDocx(lyingXml, 98 * MiB);
  const uploads: Array<[string, Uint8Array]> = [
    ['页数炸弹.pdf', buildHostilePdf(2 * MiB)],
    ...Array.from(
      { length: 20 },
      (_, i): Array<[string, Uint8Array]> => [
        [`压缩炸弹-${i + 1}.docx`, docx],
        [`正常报告-${i + 1}.pdf`, seedPdf],
      ],
    ).flat(),
  ];

  const pid = server.proc.pid as number;
  const [stopPolling, stopControl] = await Promise.all([startPoller(server), startPoller(control)]);
  // The uploading clients stand for other machines: on this 2-core box their thread (this one; the pollers have their
  // own, started above at normal priority) yields the CPU to the servers and the pollers, so what is measured is
  // the server's own stall, not the test's.
  setPriority(CLIENT_NICE);
  const results = await Promise.all(
    uploads.map(
      async ([name, bytes]) =>
        [name, await client.upload('/api/import', name, bytes)] as [string, SpawnedResponse],
    ),
  ).finally(restorePriority);
  const [polled, idle] = await Promise.all([stopPolling(), stopControl()]);
  const { latencies, statuses, rssMax, at } = polled;
  const own = ownStalls(polled, idle);
  const { peak } = memoryOf(pid);

  const summary = results.map(
    ([name, r]) => `${name} ${r.status} ${r.status === 200 ? '' : r.json().error.message}`,
  );
  const maxLatency = Math.max(...latencies);
  const first = Math.min(at[0] ?? 0, idle.at[0] ?? 0);
  const slowest = latencies
    .map((l, i) => [l, own[i] ?? l, (at[i] ?? 0) - first] as const)
    .sort((a, b) => b[0] - a[0])
    .slice(0, 5)
    .map(([l, o, t]) => `${l.toFixed(0)} ms (own ${o.toFixed(0)}) at ${t.toFixed(0)} ms`);
  console.log(
    `control server's health meanwhile: ${idle.latencies.length} polls, max ${Math.max(...idle.latencies).toFixed(1)} ms; hostile health: ${latencies.length} polls, max ${maxLatency.toFixed(1)} ms (slowest: ${slowest.join(', ')}); server RSS max ${(rssMax / MiB).toFixed(0)} MiB, peak (VmHWM) ${(peak / MiB).toFixed(0)} MiB\n${summary.join('\n')}`,
  );

  expect(latencies.length).toBeGreaterThan(10);
  expect(statuses.every((x) => x === 200)).toBe(true);
  // 200 ms, as required, for the server's own wait: a poll's latency less what an idle copy of the server, polled at
  // the same moment, waited too (a pause of the whole machine is not the uploads'). The uploads once froze the server
  // for 14 to 46 s; no poll may wait a second, whatever the machine does.
  expect(Math.max(...own)).toBeLessThanOrEqual(200);
  expect(maxLatency).toBeLessThan(1000);
  expect(peak).toBeLessThan(1.5 * GiB);

  for (const [name, r] of results) {
    if (r.status === 200) {
      expect(r.json().preview, name).toBeTruthy();
      continue;
    }
    const { code, message } = r.json().error;
    expect([400, 413, 503], `${name}: ${r.status} ${message}`).toContain(r.status);
    expect(message, name).toMatch(/[\u4e00-\u9fff]/);
    expect(message, name).not.toMatch(
      /\b(Error|error|Invalid|invalid|Cannot|undefined|null|expected|received|failed|exceeded)\b/,
    );
    if (r.status === 503) {
      expect(code).toBe('server_busy');
      expect(Number(r.headers.get('retry-after'))).toBeGreaterThanOrEqual(1);
    }
  }
  const status = (prefix: string) => results.filter(([n]) => n.startsWith(prefix)).map(([, r]) => r.status);
  // Every lying .docx that got a worker is refused as too large; none is read as a document.
  expect(status('压缩炸弹').filter((s) => s !== 503).length).toBeGreaterThan(0);
  for (const [name, r] of results.filter(([n, x]) => n.startsWith('压缩炸弹') && x.status !== 503)) {
    expect(r.json().error, name).toMatchObject({
      code: 'file_too_large',
      message: expect.stringMatching(/实际大小超过其声明/),
    });
  }
  // A valid PDF that got a worker is read: its time limit did not run out while it waited in the queue.
  for (const [name, r] of results.filter(([n, x]) => n.startsWith('正常报告') && x.status !== 503)) {
    expect(r.status, `${name}: ${r.status === 200 ? '' : r.json().error.message}`).toBe(200);
  }
  // At least as many uploads as there are workers and queue places were let in (a queued one may still be
  // refused later, when its wait passes the bound).
  const refusedAtOnce = results.filter(
    ([, r]) => r.status === 503 && /正在读取的文件过多/.test(r.json().error.message),
  );
  expect(results.length - refusedAtOnce.length).toBeGreaterThanOrEqual(WORKERS + QUEUE);
});
