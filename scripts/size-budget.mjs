/* global console, process */
// CI's size budget, on bytes only: the gzip size of the JS the first page loads must stay under
// FIRST_PAGE_JS_BUDGET. The README ("Performance budget") gives the measurement it comes from.
// Usage: node scripts/size-budget.mjs [dist]   (build first: npm run build)
import { analyseDist, kB, sizeReport, sum } from './dist-sizes.mjs';

export const FIRST_PAGE_JS_BUDGET = 106_000;

const dist = process.argv[2] ?? 'dist';
const a = analyseDist(dist);
const firstJs = sum(a.firstJs);
console.log(sizeReport(a).join('\n'));
if (firstJs > FIRST_PAGE_JS_BUDGET) {
  console.error(
    `size budget: FAILED: the first page's JS is ${kB(firstJs)} gzip, over the budget of ${kB(FIRST_PAGE_JS_BUDGET)}.`,
  );
  console.error(
    'Move the new code behind a lazy route or import(), or raise the budget in scripts/size-budget.mjs and say why in the README.',
  );
  process.exit(1);
}
console.log(
  `size budget: OK: the first page's JS is ${kB(firstJs)} gzip, within the budget of ${kB(FIRST_PAGE_JS_BUDGET)} (${Math.round((100 * firstJs) / FIRST_PAGE_JS_BUDGET)} %).`,
);
