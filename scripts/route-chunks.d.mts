import type { Plugin } from 'vite';

/** Which chunk a module the wizard or the summary imports goes in (undefined: rolldown places it). */
export function chunkFor(used: {
  wizard: boolean;
  summary: boolean;
  registryPage: boolean;
  elsewhere: boolean;
}): string | undefined;
/** The plugin that reads the module graph, and the code-splitting groups that use what it read. */
export function routeChunks(): {
  plugin: Plugin;
  groups: {
    name: string;
    priority: number;
    includeDependenciesRecursively: boolean;
    test: (id: string) => boolean;
  }[];
};
