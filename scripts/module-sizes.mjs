/* global process */
// Where the first page's bytes go: a Vite/Rolldown plugin that records, for every chunk the
// build writes, the modules in it with their rendered (minified) length, then a report of the
// modules in the first page's chunks, largest first. Gzip bytes per module are each module's
// code gzipped on its own: they overstate the total (gzip shares a dictionary across a chunk),
// so the report scales them to the chunk's real gzip size.
import { gzipSync } from 'node:zlib';
import { kB } from './dist-sizes.mjs';

/** @returns {{ plugin: import('vite').Plugin, chunks: Map<string, { id: string, raw: number, gzip: number }[]> }} */
export function moduleSizes() {
  const chunks = new Map();
  const plugin = {
    name: 'bench-module-sizes',
    apply: 'build',
    generateBundle(_options, bundle) {
      for (const out of Object.values(bundle)) {
        if (out.type !== 'chunk') continue;
        chunks.set(
          out.fileName,
          Object.entries(out.modules).map(([id, m]) => ({
            id: shortId(id),
            raw: m.renderedLength,
            gzip: m.code ? gzipSync(m.code).length : 0,
          })),
        );
      }
    },
  };
  return { plugin, chunks };
}

function shortId(id) {
  const clean = id.replace(/\0/g, '').replace(/\?.*$/, '');
  const nm = clean.lastIndexOf('node_modules/');
  if (nm >= 0) return clean.slice(nm + 'node_modules/'.length);
  const cwd = process.cwd().split('\\').join('/');
  return clean.startsWith(cwd) ? clean.slice(cwd.length + 1) : clean;
}

/** A package name for node_modules ids, the folder for the app's own (src/i18n/en, src/store). */
function group(id) {
  if (!id.startsWith('src/')) {
    const parts = id.split('/');
    return id.startsWith('@') ? parts.slice(0, 2).join('/') : parts[0];
  }
  return id.split('/').slice(0, -1).join('/');
}

/**
 * @param {Map<string, { id: string, raw: number, gzip: number }[]>} chunks from moduleSizes()
 * @param {{ file: string, gzip: number }[]} firstJs the first page's chunks (analyseDist)
 * @param {number} top how many modules to list
 */
export function moduleReport(chunks, firstJs, top = Number(process.env.BENCH_TOP ?? 25)) {
  const rows = [];
  for (const { file, gzip } of firstJs) {
    const mods = chunks.get(file) ?? [];
    const alone = mods.reduce((n, m) => n + m.gzip, 0) || 1;
    for (const m of mods) rows.push({ ...m, est: (m.gzip * gzip) / alone });
  }
  const byGroup = new Map();
  for (const r of rows) byGroup.set(group(r.id), (byGroup.get(group(r.id)) ?? 0) + r.est);
  const line = (name, est, raw) =>
    `  ${name.padEnd(56)} ${kB(est).padStart(10)} gzip${raw === undefined ? '' : `  (${kB(raw)} before minifying)`}`;
  return [
    `First page JS by module (the ${top} largest; gzip estimated per module, scaled to each chunk's gzip size)`,
    ...rows
      .sort((a, b) => b.est - a.est)
      .slice(0, top)
      .map((r) => line(r.id, r.est, r.raw)),
    'First page JS by package or folder',
    ...[...byGroup]
      .sort((a, b) => b[1] - a[1])
      .filter(([, est]) => est >= 200)
      .map(([name, est]) => line(name, est)),
  ];
}
