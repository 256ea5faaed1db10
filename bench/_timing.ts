/** Timing helpers the benchmarks share. */

/**
 * Median milliseconds of `runs` runs after `warm` warm-up runs, to 0.1 ms.
 * @example await median(() => scoreAll(), 9) // 52.9
 */
export async function median(run: () => unknown, runs = 9, warm = 1): Promise<number> {
  for (let i = 0; i < warm; i++) await run();
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t = performance.now();
    await run();
    times.push(performance.now() - t);
  }
  times.sort((a, b) => a - b);
  return Math.round(times[Math.floor(runs / 2)]! * 10) / 10;
}
