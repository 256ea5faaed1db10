/** A reporter that says how many PostgreSQL cases ran, so that a run without them cannot look complete. */
import type { Reporter, TestModule } from 'vitest/node';

export default class PostgresCount implements Reporter {
  onTestRunEnd(modules: ReadonlyArray<TestModule>): void {
    let ran = 0;
    let skipped = 0;
    for (const m of modules) {
      for (const t of m.children.allTests()) {
        if (!/postgres/i.test(t.fullName)) continue;
        const state = t.result().state;
        if (state === 'passed' || state === 'failed') ran++;
        else skipped++;
      }
    }
    console.log(`Node ${process.version}：PostgreSQL 运行 ${ran} 个用例，跳过 ${skipped} 个`);
    if (process.env.CI === 'true' && ran === 0) {
      console.error('CI=true，但没有运行任何 PostgreSQL 用例');
      process.exitCode = 1;
    }
  }
}
