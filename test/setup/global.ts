/**
 * Runs once before the suite: compile dist/ (tests start `bin/jixiao.js`), and check what the machine has. Each vitest
 * project (see vitest.config.ts) runs its global setup, in the same process: the work is done once and shared.
 */
import { ensureBuild } from '../../scripts/build.mjs';
import { missingRequirements } from './requirements';

async function prepare(): Promise<void> {
  await ensureBuild({ quiet: true });
  const missing = await missingRequirements();
  if (missing.length === 0) return;
  const list = missing.map((m) => `  - ${m}`).join('\n');
  if (process.env.CI === 'true') {
    throw new Error(`CI=true，但测试所需的部分缺失，测试不能跳过它们：\n${list}`);
  }
  console.warn(`注意：以下部分缺失，需要它们的测试将跳过（CI=true 时这会使测试失败）：\n${list}`);
}

const shared = globalThis as { jixiaoTestSetup?: Promise<void> };

export default function setup(): Promise<void> {
  shared.jixiaoTestSetup ??= prepare();
  return shared.jixiaoTestSetup;
}
