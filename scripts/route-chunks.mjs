// A Vite plugin (build only) and the code-splitting groups that go with it: the code of the two
// pages that show a case (a step of the workup, the summary) in a few files, so a deep link to
// one asks for about a dozen scripts rather than 25.
//
// Left to itself, rolldown splits the lazy code by which of the app's many dynamic imports (every
// page, panel, export and notice) reach each module, and a deep link to a case's step or summary
// fetched 25 scripts, many under 1 kB: on a phone's link each request waits for a free connection
// and a round trip, and the page's largest paint waited for the last of them. Here, once the
// module graph is known, each module that the wizard or the summary imports statically (not
// through import(), and not the first page's, which stay in the entry: that group has the
// highest priority, vite.config.ts) goes in one of four chunks:
//   - `registry`: what the evidence list or the settings page uses too (the evidence registry and
//     its texts), so those pages load it and not the engine;
//   - `case-pages`: what both pages use (the engine among it);
//   - `wizard-page`, `summary-page`: what only one of them uses.
// A module that the app's other dynamic imports (exports, notices, panels) also load is packed
// into a page's own chunk only if it is in `case-pages` or `registry`: an export started from the
// case list must not fetch the summary's code. Modules that other code loads by themselves keep
// their own chunks: the case schema and the storage code (the store loads them) and the language
// catalogues (src/i18n/<code>/). A wider group has the higher priority, and a group never takes
// in a module's dependencies by itself (each dependency is placed by its own label), so a
// narrower chunk never carries code a wider one needs.
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { lazyRoutes } from './prerender-shell.mjs';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const WIZARD = 'src/features/wizard/wizard-page';
const SUMMARY = 'src/features/summary/summary-page';
/** The pages whose use of a module sends it to `registry`. */
const REGISTRY_PAGES = [
  'src/features/evidence/evidence-page',
  'src/features/settings/settings-page',
];
/**
 * Small modules packed with the registry rather than left as a chunk of a few bytes that each
 * page would request on its own: what only the clinical catalogues import (src/domain/words/<code>.ts,
 * a chunk per language, loaded beside the registry), and the loader of those catalogues, which
 * every page's route imports as it opens (src/app/routes.tsx) and which must stay out of the
 * first page's code.
 */
const WITH_REGISTRY = [/^src\/domain\/words\/shape\.ts$/, /^src\/i18n\/clinical-words\.ts$/];
/** Loaded on their own by other code: never packed with a page. */
const OWN_CHUNKS = [
  /^src\/domain\/case\/parse\.ts$/,
  /^src\/store\/case-sync\.ts$/,
  /^src\/i18n\/[a-z]{2}\//,
];

const rel = (id) => relative(ROOT, id.split('?')[0]).split('\\').join('/');
const stem = (file) => file.replace(/\.[cm]?[jt]sx?$/, '');

/**
 * The chunk of a module, from who imports it statically.
 * @param {{ wizard: boolean, summary: boolean, registryPage: boolean, elsewhere: boolean }} used
 * @returns {string | undefined} undefined: rolldown places it
 */
export function chunkFor({ wizard, summary, registryPage, elsewhere }) {
  if (!wizard && !summary) return undefined;
  if (registryPage) return 'registry';
  if (wizard && summary) return 'case-pages';
  if (elsewhere) return undefined;
  return wizard ? 'wizard-page' : 'summary-page';
}

/** @returns {{ plugin: import('vite').Plugin, groups: object[] }} */
export function routeChunks() {
  /** module id -> chunk name */
  const chunkOf = new Map();
  const plugin = {
    name: 'route-chunks',
    apply: 'build',
    buildEnd() {
      chunkOf.clear();
      const ids = [...this.getModuleIds()];
      const byStem = new Map(ids.map((id) => [stem(rel(id)), id]));
      const idOf = (file) => {
        const id = byStem.get(file);
        if (!id) throw new Error(`route-chunks: no module ${file}`);
        return id;
      };
      // What loading a module pulls in statically (never through import()).
      const closure = (start) => {
        const seen = new Set();
        const queue = [start];
        while (queue.length) {
          const id = queue.pop();
          if (seen.has(id)) continue;
          seen.add(id);
          queue.push(...(this.getModuleInfo(id)?.importedIds ?? []));
        }
        return seen;
      };
      const union = (starts) => new Set(starts.flatMap((id) => [...closure(id)]));
      const own = union(ids.filter((id) => OWN_CHUNKS.some((re) => re.test(rel(id)))));
      const pages = new Set(lazyRoutes().map(([, module]) => idOf(stem(module))));
      const wizard = closure(idOf(WIZARD));
      const summary = closure(idOf(SUMMARY));
      const registryPage = union(REGISTRY_PAGES.map(idOf));
      // What the app's other dynamic imports load (not a page, not a chunk of its own).
      const elsewhere = union(
        ids.filter(
          (id) =>
            !pages.has(id) && !own.has(id) && this.getModuleInfo(id)?.dynamicImporters?.length,
        ),
      );
      for (const id of new Set([...wizard, ...summary])) {
        if (own.has(id)) continue;
        const name = chunkFor({
          wizard: wizard.has(id),
          summary: summary.has(id),
          registryPage: registryPage.has(id),
          elsewhere: elsewhere.has(id),
        });
        if (name) chunkOf.set(id, name);
      }
    },
  };
  const groups = ['registry', 'case-pages', 'wizard-page', 'summary-page'].map((name, i) => ({
    name,
    priority: 10 - i,
    includeDependenciesRecursively: false,
    test: (id) =>
      chunkOf.get(id) === name ||
      (name === 'registry' && WITH_REGISTRY.some((re) => re.test(rel(id)))),
  }));
  return { plugin, groups };
}
