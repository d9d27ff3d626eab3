/* global console, process */
// npm run bench (a part of it), or on its own: node scripts/bench-eval.mjs [--runs N]
// What the case pages pay to evaluate the domain as its modules load: the evidence registry
// (src/domain/evidence, with the clinical catalogues) and the engine (src/domain/engine/assess.ts,
// which imports the registry and the study modules), each bundled and minified as the build does
// (Vite's library mode), then imported in a new Node process per run; the time from the import's
// start to its end (parsing, compiling and running the module bodies), median and fastest of N.
// Node on this machine, no CPU slowdown: a phone is several times slower; compare figures from
// the same machine and run only. It prints figures; nothing asserts.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build } from 'vite';

const args = process.argv.slice(2);
const runs = args.includes('--runs') ? Number(args[args.indexOf('--runs') + 1]) || 15 : 15;
const ENTRIES = [
  ['the evidence registry', 'src/domain/evidence/index.ts'],
  ['the engine (with the registry)', 'src/domain/engine/assess.ts'],
];

const dir = mkdtempSync(join(tmpdir(), 'bench-eval-'));
try {
  console.log(
    `Module evaluation (each bundled and minified, imported in a new Node ${process.version} process; median and fastest of ${runs}; no CPU slowdown)`,
  );
  for (const [name, entry] of ENTRIES) {
    const outDir = join(dir, String(ENTRIES.findIndex(([, e]) => e === entry)));
    await build({
      configFile: false,
      logLevel: 'silent',
      build: {
        outDir,
        emptyOutDir: true,
        minify: true,
        lib: { entry, formats: ['es'], fileName: 'module' },
      },
    });
    const file = join(outDir, readdirSync(outDir).find((f) => f.endsWith('.js')) ?? 'module.js');
    const runner = join(outDir, 'run.mjs');
    writeFileSync(
      runner,
      `const t = performance.now(); await import(${JSON.stringify(file)}); console.log(performance.now() - t);`,
    );
    const times = Array.from({ length: runs }, () =>
      Number(execFileSync(process.execPath, [runner]).toString()),
    ).sort((a, b) => a - b);
    console.log(
      `  ${name.padEnd(32)} ${times[Math.floor(runs / 2)].toFixed(1)} ms (fastest ${times[0].toFixed(1)} ms)`,
    );
  }
} finally {
  rmSync(dir, { recursive: true, force: true });
}
