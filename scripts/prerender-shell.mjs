// A Vite plugin (build only) that writes the first page into index.html and makes the page
// deployable under a strict content-security policy:
// - renders the first page's shell (src/app/shell.tsx: the layout and the empty case list,
//   English) with react-dom/server into #root, so the browser paints it from the HTML alone,
//   before any JavaScript has arrived. The components are loaded through a throwaway Vite server
//   in SSR mode with the project's own config (this plugin is build-only, so it does not run
//   there again);
// - builds the boot script (src/app/boot.ts) into assets/boot-<hash>.js, with the base path
//   written in, and replaces the entry <script> with it: no inline script anywhere, so
//   `script-src 'self'` is the whole script policy;
// - writes what the boot script reads: the entry's path (<meta name="app-entry">, also read by
//   scripts/dist-sizes.mjs) and, per route of src/app/routes.tsx, the chunks and stylesheets its
//   page loads, and those of each registered language (src/domain/languages.ts: its strings and
//   its clinical words), which is also
//   the boot script's list of languages (<script type="application/json" id="app-preload">,
//   data the browser never runs), so a deep link asks for them beside the entry;
// - adds the part of the policy that never changes per hospital as a <meta>
//   (scripts/security-headers.mjs).
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createServer, minify, parseSync, transformWithOxc } from 'vite';
import { META_CONTENT_SECURITY_POLICY } from './security-headers.mjs';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const PLACEHOLDER = '<div id="root"></div>';
const ENTRY_TAG = /<script type="module" crossorigin src="([^"]+)"><\/script>\s*/;
const ROUTES_FILE = 'src/app/routes.tsx';
const PRELOAD_START = '<script type="application/json" id="app-preload">{';
const LANGUAGES_FILE = 'src/domain/languages.ts';
const SCHEMA_MODULE = 'src/domain/case/parse.ts';
const STORAGE_MODULE = 'src/store/case-sync.ts';

/** src/app/boot.ts as a small classic script, the base path written in. */
export async function buildBootScript(base) {
  const source = readFileSync(join(ROOT, 'src/app/boot.ts'), 'utf8').replaceAll(
    'import.meta.env.BASE_URL',
    JSON.stringify(base),
  );
  const { code } = await transformWithOxc(source, 'boot.ts', { lang: 'ts' });
  const script = code.replace(/^export\s*\{\s*\};?\s*$/m, '');
  const min = await minify('boot.js', script, { compress: true, mangle: true });
  return min.code.trim();
}

/**
 * The lazy routes of src/app/routes.tsx: [path, module the route's `lazy` imports], read from
 * its syntax tree (an object with a string `path` and an `import('…')` inside it).
 */
export function lazyRoutes() {
  const file = join(ROOT, ROUTES_FILE);
  const { program, errors } = parseSync(file, readFileSync(file, 'utf8'), { lang: 'tsx' });
  if (errors.length) throw new Error(`prerender-shell: cannot parse ${ROUTES_FILE}`);
  const found = [];
  const visit = (node) => {
    if (!node || typeof node !== 'object') return;
    if (Array.isArray(node)) return node.forEach(visit);
    if (node.type === 'ObjectExpression') {
      const path = node.properties.find(
        (p) =>
          p.type === 'Property' && p.key?.name === 'path' && typeof p.value?.value === 'string',
      )?.value.value;
      const imports = [];
      const find = (n) => {
        if (!n || typeof n !== 'object') return;
        if (Array.isArray(n)) return n.forEach(find);
        if (n.type === 'ImportExpression' && typeof n.source?.value === 'string') {
          imports.push(n.source.value);
        }
        for (const v of Object.values(n)) if (v && typeof v === 'object') find(v);
      };
      if (path !== undefined) find(node.properties.find((p) => p.key?.name === 'lazy'));
      if (path !== undefined && imports.length === 1) {
        found.push([path, join(dirname(ROUTES_FILE), imports[0])]);
      }
    }
    for (const v of Object.values(node)) if (v && typeof v === 'object') visit(v);
  };
  visit(program);
  return found;
}

/** A route path ('cases/:caseId/:step?') as a pattern for the path below the base. */
function routePattern(path) {
  const parts = path.split('/').map((seg) => {
    if (seg.startsWith(':')) return seg.endsWith('?') ? '(?:/[^/]+)?' : '/[^/]+';
    return `/${seg.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`;
  });
  return `^${parts.join('').slice(1)}/?$`.replace('^(?:/', '^(?:');
}

/**
 * What loading a module costs at run time: its chunk, the chunks those import statically, and
 * their stylesheets, as URLs under the base path; the entry's chunk is left out (it is already
 * there).
 */
function filesOf(bundle, moduleFile, base, entryFile) {
  const chunks = Object.values(bundle).filter((c) => c.type === 'chunk');
  const stem = (id) =>
    relative(ROOT, id)
      .split('\\')
      .join('/')
      .replace(/\.[cm]?[jt]sx?$/, '');
  const wanted = moduleFile.replace(/\.[cm]?[jt]sx?$/, '');
  // The chunk the module is the entry of, or else (a module shared with other chunks) the one
  // that holds it.
  const start =
    chunks.find((c) => c.facadeModuleId && stem(c.facadeModuleId) === wanted) ??
    chunks.find((c) => Object.keys(c.modules).some((id) => stem(id) === wanted));
  if (!start) return undefined;
  const js = new Set();
  const css = new Set();
  const queue = [start.fileName];
  while (queue.length) {
    const name = queue.shift();
    if (js.has(name) || name === entryFile) continue;
    const chunk = bundle[name];
    if (!chunk || chunk.type !== 'chunk') continue;
    js.add(name);
    for (const c of chunk.viteMetadata?.importedCss ?? []) css.add(c);
    queue.push(...chunk.imports);
  }
  return [...css, ...js].map((f) => `${base}${f}`);
}

/** @returns {import('vite').Plugin} */
export function prerenderShell() {
  let base = '/';
  let bootFile = '';
  let bootCode = '';
  /** What generateBundle needs to write the static pages: the shell as written, and per page its stylesheets and HTML. */
  let drawn;
  return {
    name: 'prerender-shell',
    apply: 'build',
    configResolved(config) {
      base = config.base;
    },
    async buildStart() {
      bootCode = await buildBootScript(base);
      const hash = createHash('sha256').update(bootCode).digest('base64url').slice(0, 8);
      bootFile = `assets/boot-${hash}.js`;
      this.emitFile({ type: 'asset', fileName: bootFile, source: `${bootCode}\n` });
    },
    transformIndexHtml: {
      order: 'post',
      async handler(html, ctx) {
        if (!html.includes(PLACEHOLDER)) {
          throw new Error(`prerender-shell: index.html has no ${PLACEHOLDER}`);
        }
        const entry = ENTRY_TAG.exec(html);
        if (!entry) throw new Error('prerender-shell: index.html has no entry script');
        const entryFile = entry[1].slice(base.length);
        const bundle = ctx.bundle ?? {};
        const routes = lazyRoutes().flatMap(([path, module]) => {
          const files = filesOf(bundle, module, base, entryFile);
          if (!files) throw new Error(`prerender-shell: no chunk for ${module} (route ${path})`);
          return path === '*' ? [] : [[routePattern(path), files]];
        });
        // What src/store/cases.ts loads: the case schema (every page but the list waits for
        // it) and the storage code (as the app starts when cases are saved).
        const [schema, storage] = [SCHEMA_MODULE, STORAGE_MODULE].map((m) => {
          const files = filesOf(bundle, m, base, entryFile);
          if (!files) throw new Error(`prerender-shell: no chunk for ${m}`);
          return files;
        });
        const server = await createServer({
          root: ROOT,
          base,
          logLevel: 'error',
          appType: 'custom',
          server: { middlewareMode: true, hmr: false, ws: false },
          optimizeDeps: { noDiscovery: true, include: [] },
        });
        try {
          // Every registered language, in the registry's order (English first), with its
          // catalogue's chunk (src/i18n/<code>/index.ts): the boot script reads its list here.
          const { LANGS } = await server.ssrLoadModule(`/${LANGUAGES_FILE}`);
          const lang = Object.fromEntries(
            LANGS.map((l) => [l, filesOf(bundle, `src/i18n/${l}/index.ts`, base, entryFile) ?? []]),
          );
          // And its clinical words (src/domain/words/<code>.ts, a chunk each), which every page
          // but the case list waits for: the boot script preloads the reader's with the page's.
          const words = Object.fromEntries(
            LANGS.map((l) => {
              const files = filesOf(bundle, `src/domain/words/${l}.ts`, base, entryFile);
              if (!files) throw new Error(`prerender-shell: no chunk for the ${l} clinical words`);
              return [l, files];
            }),
          );
          const { renderShell, renderPage, STATIC_PAGES } =
            await server.ssrLoadModule('/src/app/shell.tsx');
          const shell = renderShell();
          // The pages that read nothing saved, each drawn into a page of its own (generateBundle),
          // with its stylesheets linked (render-blocking, as the first page's).
          const pages = [];
          for (const path of Object.keys(STATIC_PAGES)) {
            const pattern = routePattern(path);
            const files = routes.find(([p]) => p === pattern)?.[1];
            if (!files) throw new Error(`prerender-shell: no route for the page ${path}`);
            pages.push({
              path,
              css: files.filter((f) => f.endsWith('.css')),
              html: await renderPage(path),
            });
          }
          drawn = { shell, pages };
          // `</` cannot end the JSON early: it is written `<\/`.
          const preload = JSON.stringify({ routes, lang, words, schema, storage }).replaceAll(
            '</',
            '<\\/',
          );
          return html
            .replace(entry[0], '')
            .replace(
              /<meta charset="UTF-8" \/>/,
              (m) =>
                `${m}\n    <meta http-equiv="Content-Security-Policy" content="${META_CONTENT_SECURITY_POLICY}" />`,
            )
            .replace(PLACEHOLDER, () => `<div id="root">${shell}</div>`)
            .replace(
              '</head>',
              () =>
                `  <meta name="app-entry" content="${entry[1]}" />\n` +
                `    ${PRELOAD_START}${preload.slice(1)}</script>\n` +
                `    <script src="${base}${bootFile}"></script>\n  </head>`,
            );
        } finally {
          await server.close();
        }
      },
    },
    // Each static page (src/app/shell.tsx, STATIC_PAGES) as `<path>.html` beside index.html: the
    // same document with that page drawn in #root, its stylesheets linked and its path named
    // (the preload table's `page`, read by the boot script). The preview server serves it for
    // `/<path>`, and so does the service worker (its precache matches `/<path>` to `<path>.html`);
    // a server that does not serves index.html, whose app draws the same page.
    generateBundle: {
      order: 'post',
      handler(_options, bundle) {
        const index = bundle['index.html'];
        if (!drawn || !index || index.type !== 'asset') return;
        const html = String(index.source);
        const root = `<div id="root">${drawn.shell}</div>`;
        const boot = `<script src="${base}${bootFile}"></script>`;
        if (!html.includes(root) || !html.includes(boot) || !html.includes(PRELOAD_START)) {
          throw new Error('prerender-shell: index.html is not as written');
        }
        for (const page of drawn.pages) {
          const css = page.css.map(
            (href) => `<link rel="stylesheet" crossorigin href="${href}" />`,
          );
          this.emitFile({
            type: 'asset',
            fileName: `${page.path}.html`,
            source: html
              .replace(root, () => `<div id="root">${page.html}</div>`)
              .replace(
                PRELOAD_START,
                () => `${PRELOAD_START}${JSON.stringify({ page: page.path }).slice(1, -1)},`,
              )
              .replace(boot, () => [...css, boot].join('\n    ')),
          });
        }
      },
    },
  };
}
