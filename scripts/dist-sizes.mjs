/* global console, process */
// What the built app holds, read from dist/ alone: the JS and CSS index.html names (its scripts,
// the entry in <meta name="app-entry">, its stylesheets, its modulepreload links and every chunk
// they import statically) and every chunk loaded later on demand. Sizes are gzip bytes from
// node:zlib at its default level. What a first visit really fetches (lazy chunks requested at
// start-up included) is measured in a browser: scripts/first-visit.mjs.
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { join, posix, relative } from 'node:path';
import { gzipSync } from 'node:zlib';

const attr = (tag, name) => new RegExp(`\\s${name}\\s*=\\s*["']([^"']+)["']`, 'i').exec(tag)?.[1];

/** Static imports and re-exports of an ES module (not `import()`): `import{a}from"./b.js"`. */
export function staticImports(code) {
  const found = new Set();
  const re = /(?:^|[;\n}])\s*(?:import|export)\s*(?:[\w$*{}\s,]*?\s*from\s*)?["']([^"']+)["']/g;
  for (let m = re.exec(code); m; m = re.exec(code)) found.add(m[1]);
  return [...found];
}

function walk(dir) {
  return readdirSync(dir).flatMap((name) => {
    const full = join(dir, name);
    return statSync(full).isDirectory() ? walk(full) : [full];
  });
}

export function gzipBytes(file) {
  const buf = readFileSync(file);
  return { raw: buf.length, gzip: gzipSync(buf).length };
}

/**
 * @param {string} dist the build output folder
 * @returns {{ firstJs: Entry[], firstCss: Entry[], lazyJs: Entry[], lazyCss: Entry[], serviceWorker: Entry[] }}
 * where Entry is `{ file, raw, gzip }` with `file` relative to dist.
 */
export function analyseDist(dist) {
  const indexFile = join(dist, 'index.html');
  if (!existsSync(indexFile)) {
    console.error(`No ${indexFile}: build the app first (npm run build).`);
    process.exit(2);
  }
  const html = readFileSync(indexFile, 'utf8');
  // `/assets/x.js` (as index.html writes it) → `assets/x.js` (relative to dist); a build for a
  // sub-path (BASE_PATH=/scho/) writes /scho/assets/x.js, and the base is taken off.
  const base = /<link rel="manifest" href="([^"]*)manifest\.webmanifest"/.exec(html)?.[1] ?? '/';
  const fromHtml = (href) =>
    href.startsWith(base) ? href.slice(base.length) : href.replace(/^\.?\//, '');
  const tags = html.match(/<(script|link|meta)\b[^>]*>/gi) ?? [];
  const jsQueue = [];
  const firstCss = new Set();
  for (const tag of tags) {
    if (/^<meta/i.test(tag)) {
      // The entry requested after the first paint (scripts/prerender-shell.mjs).
      if (attr(tag, 'name') === 'app-entry') jsQueue.push(fromHtml(attr(tag, 'content')));
    } else if (/^<script/i.test(tag)) {
      // The entry (a module) and the boot script (classic, scripts/prerender-shell.mjs).
      const src = attr(tag, 'src');
      if (src) jsQueue.push(fromHtml(src));
    } else {
      const rel = attr(tag, 'rel');
      const href = attr(tag, 'href');
      if (!href) continue;
      if (rel === 'modulepreload') jsQueue.push(fromHtml(href));
      if (rel === 'stylesheet') firstCss.add(fromHtml(href));
    }
  }
  const firstJs = new Set();
  while (jsQueue.length) {
    const file = jsQueue.shift();
    if (firstJs.has(file) || !existsSync(join(dist, file))) continue;
    firstJs.add(file);
    for (const spec of staticImports(readFileSync(join(dist, file), 'utf8'))) {
      if (!spec.startsWith('.') && !spec.startsWith('/')) continue;
      jsQueue.push(
        spec.startsWith('/')
          ? fromHtml(spec)
          : posix.normalize(posix.join(posix.dirname(file), spec)),
      );
    }
  }

  const entry = (file) => ({ file, ...gzipBytes(join(dist, file)) });
  const all = walk(dist).map((f) => relative(dist, f).split('\\').join('/'));
  const isSw = (f) => f === 'sw.js' || /^workbox-[\w-]+\.js$/.test(f);
  const bySize = (a, b) => b.gzip - a.gzip;
  return {
    firstJs: [...firstJs].map(entry),
    firstCss: [...firstCss].filter((f) => existsSync(join(dist, f))).map(entry),
    lazyJs: all
      .filter((f) => f.endsWith('.js') && !firstJs.has(f) && !isSw(f))
      .map(entry)
      .sort(bySize),
    lazyCss: all
      .filter((f) => f.endsWith('.css') && !firstCss.has(f))
      .map(entry)
      .sort(bySize),
    serviceWorker: all.filter(isSw).map(entry).sort(bySize),
  };
}

export const sum = (entries) => entries.reduce((n, e) => n + e.gzip, 0);
export const kB = (bytes) => `${(bytes / 1000).toFixed(2)} kB`;

/** The size report as lines of text. */
export function sizeReport(a) {
  const rows = (entries) =>
    entries.map(
      (e) => `  ${e.file.padEnd(48)} ${kB(e.gzip).padStart(10)} gzip  (${kB(e.raw)} raw)`,
    );
  return [
    'Named by index.html (its scripts, the entry, stylesheets, modulepreloads and their static imports)',
    ...rows(a.firstJs),
    ...rows(a.firstCss),
    `  = JS ${kB(sum(a.firstJs))} gzip, CSS ${kB(sum(a.firstCss))} gzip`,
    'Other chunks (loaded on demand by a route or feature, or requested at start-up: see the first visit)',
    ...rows([...a.lazyJs, ...a.lazyCss]),
    `  = JS ${kB(sum(a.lazyJs))} gzip, CSS ${kB(sum(a.lazyCss))} gzip`,
    'Service worker (fetched after the first page has loaded)',
    ...rows(a.serviceWorker),
  ];
}
