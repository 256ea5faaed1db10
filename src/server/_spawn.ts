/** Test helper: run the real `jixiao serve` in a child process and talk to it over loopback HTTP. */
import { type ChildProcess, spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';

// biome-ignore lint/suspicious/noExplicitAny: tests read response bodies loosely, as `inject().json()` does
type Loose = any;

const BIN = fileURLToPath(new URL('../../bin/jixiao.js', import.meta.url));

export interface SpawnedServer {
  proc: ChildProcess;
  url: string;
  output: () => string;
  /** SIGTERM and wait for the exit. */
  stop(): Promise<void>;
  /** SIGKILL: no chance to clean up. */
  kill(): Promise<void>;
}

/** Start `node bin/jixiao.js serve` and resolve with its URL once it prints that it listens. */
export function spawnServer(env: Record<string, string>, timeoutMs = 30_000): Promise<SpawnedServer> {
  const proc = spawn(process.execPath, [BIN, 'serve'], {
    env: {
      PATH: process.env.PATH ?? '',
      HOME: process.env.HOME ?? '/tmp',
      HOST: '127.0.0.1',
      PORT: '0',
      ...env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  const exited = new Promise<void>((resolve) => proc.once('exit', () => resolve()));
  const server = (url: string): SpawnedServer => ({
    proc,
    url,
    output: () => out,
    async stop() {
      if (proc.exitCode === null) proc.kill('SIGTERM');
      await exited;
    },
    async kill() {
      if (proc.exitCode === null) proc.kill('SIGKILL');
      await exited;
    },
  });
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      proc.kill('SIGKILL');
      reject(new Error(`server did not start within ${timeoutMs} ms:\n${out}`));
    }, timeoutMs);
    const onData = (d: Buffer) => {
      out += d.toString();
      const m = /已启动：(http:\/\/\S+?)（/.exec(out);
      if (m) {
        clearTimeout(timer);
        resolve(server(m[1]!));
      }
    };
    proc.stdout?.on('data', onData);
    proc.stderr?.on('data', onData);
    proc.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`server exited with ${code}:\n${out}`));
    });
  });
}

export interface SpawnedResponse {
  status: number;
  type: string | null;
  headers: Headers;
  bytes: Uint8Array;
  json: () => Loose;
}

/** A loopback HTTP client with the session cookie and CSRF header. */
export class HttpClient {
  private cookies = new Map<string, string>();
  constructor(readonly base: string) {}

  async send(method: string, path: string, body?: unknown): Promise<SpawnedResponse> {
    return this.fetch(method, path, body === undefined ? undefined : JSON.stringify(body), {
      'content-type': 'application/json',
    });
  }

  /** POST one file as multipart/form-data (field `file`), as the browser's import form does. */
  async upload(path: string, filename: string, bytes: Uint8Array): Promise<SpawnedResponse> {
    const form = new FormData();
    form.append('file', new Blob([new Uint8Array(bytes)]), filename);
    return this.fetch('POST', path, form, {});
  }

  private async fetch(
    method: string,
    path: string,
    body: string | FormData | undefined,
    headers: Record<string, string>,
  ): Promise<SpawnedResponse> {
    const csrf = this.cookies.get('jixiao_csrf');
    const res = await fetch(this.base + path, {
      method,
      headers: {
        ...(body !== undefined ? headers : {}),
        ...(this.cookies.size ? { cookie: [...this.cookies].map(([k, v]) => `${k}=${v}`).join('; ') } : {}),
        ...(method !== 'GET' && csrf ? { 'x-csrf-token': csrf } : {}),
      },
      ...(body !== undefined ? { body } : {}),
    });
    for (const c of res.headers.getSetCookie()) {
      const [pair] = c.split(';');
      const [k, v] = (pair ?? '').split('=');
      if (k && v) this.cookies.set(k, v);
    }
    const bytes = new Uint8Array(await res.arrayBuffer());
    const text = () => new TextDecoder().decode(bytes);
    return {
      status: res.status,
      type: res.headers.get('content-type'),
      headers: res.headers,
      bytes,
      json: () => JSON.parse(text()),
    };
  }
}
