import { defineConfig } from 'vitest/config';

/**
 * Files named `*.quiet.test.ts` bound a latency (the hostile-upload test: /api/health within 200 ms). They run after
 * the rest of the suite, one at a time, so that the parallel files' browsers and servers do not share the CPU with
 * what they measure.
 */
const QUIET = '**/*.quiet.test.ts';
const include = ['src/**/*.test.ts', 'test/**/*.test.ts', 'web/**/*.test.ts'];

export default defineConfig({
  test: {
    globalSetup: ['test/setup/global.ts'],
    reporters: ['default', './test/setup/postgres-count.ts'],
    testTimeout: 30_000,
    hookTimeout: 60_000,
    projects: [
      {
        extends: true,
        test: { name: 'suite', include, exclude: [QUIET, '**/node_modules/**'], sequence: { groupOrder: 0 } },
      },
      {
        extends: true,
        test: {
          name: 'quiet',
          include: [QUIET],
          fileParallelism: false,
          sequence: { groupOrder: 1 },
        },
      },
    ],
  },
});
