import fc from 'fast-check';
import { bench, describe } from 'vitest';
import { arbitraryCase } from '../case/arbitraries';
import { seedCase } from '../case/fixtures';
import { assess } from './assess';

/**
 * The time of one `assess` call, on the seed case and on generated cases. Vitest's table gives
 * throughput and percentiles; the median per call is printed first, measured directly over many
 * calls, because that is the figure the engine's budget ("far under a millisecond") is about.
 * Figures are printed, never asserted.
 */
const TODAY = '2026-11-25';
const seed = seedCase(TODAY);
const generated = fc.sample(arbitraryCase(TODAY), { numRuns: 500, seed: 20261125 });

function medianMicroseconds(run: (i: number) => void, calls: number): number {
  for (let i = 0; i < 200; i++) run(i); // warm up
  const times: number[] = [];
  for (let i = 0; i < calls; i++) {
    const t0 = performance.now();
    run(i);
    times.push((performance.now() - t0) * 1000);
  }
  times.sort((a, b) => a - b);
  return times[Math.floor(times.length / 2)]!;
}

const seedMedian = medianMicroseconds(() => assess(seed, TODAY), 5000);
const genMedian = medianMicroseconds((i) => assess(generated[i % generated.length]!, TODAY), 5000);
console.log(
  `assess median per call: seed case ${seedMedian.toFixed(1)} µs; generated cases (${generated.length}, 5000 calls) ${genMedian.toFixed(1)} µs`,
);

describe('assess (one call)', () => {
  bench('seed case', () => {
    assess(seed, TODAY);
  });
  let i = 0;
  bench('generated cases, round robin', () => {
    assess(generated[i++ % generated.length]!, TODAY);
  });
});
