/** A lock between processes sharing one SQLite file: a lock file created exclusively, waited for, taken over when stale. */
import { closeSync, openSync, readFileSync, rmSync, statSync, writeSync } from 'node:fs';

/**
 * Run `fn` while holding the lock file `file` (it holds the owner's pid). Another holder is waited for; a lock whose
 * process is gone (killed while migrating) is taken over.
 */
export async function withFileLock<T>(file: string, fn: () => Promise<T>, timeoutMs = 60_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    try {
      const fd = openSync(file, 'wx', 0o600);
      try {
        writeSync(fd, String(process.pid));
      } finally {
        closeSync(fd);
      }
      break;
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== 'EEXIST') throw e;
      if (isStale(file)) {
        rmSync(file, { force: true });
        continue;
      }
      if (Date.now() > deadline)
        throw new Error(`等待锁文件 ${file} 超时：另一个进程正在启动（迁移数据库），若没有，可删除该文件`);
      await new Promise((r) => setTimeout(r, 50));
    }
  }
  try {
    return await fn();
  } finally {
    rmSync(file, { force: true });
  }
}

/** The lock's process no longer runs (or it never wrote its pid and the file is old). */
function isStale(file: string): boolean {
  let text: string;
  let age: number;
  try {
    text = readFileSync(file, 'utf8');
    age = Date.now() - statSync(file).mtimeMs;
  } catch {
    return false; // released meanwhile: try again
  }
  const pid = Number(text);
  if (!Number.isInteger(pid) || pid <= 0) return age > 5000;
  try {
    process.kill(pid, 0);
    return false;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === 'ESRCH';
  }
}
