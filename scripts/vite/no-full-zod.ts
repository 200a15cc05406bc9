/**
 * Fails the build if zod's full (classic) API reaches the renderer's bundle.
 * Every cold start parses the whole script, and the data and the settings are
 * validated in main and at build time: the page checks its URL query by hand
 * (app/config/query.ts) and its own insight journal with zod/mini. The message
 * names the chain of imports that brought it in.
 */
import type { Plugin } from 'vite';

const FULL_ZOD = /[\\/]node_modules[\\/]zod[\\/](v4[\\/]classic[\\/]|v3[\\/]|index\.js$)/;

/** The import chain from an entry to `id`, shortest first found, as relative paths. */
function chainTo(id: string, importersOf: (id: string) => readonly string[], root: string): string {
  const seen = new Set([id]);
  const queue: string[][] = [[id]];
  while (queue.length > 0) {
    const path = queue.shift()!;
    const importers = importersOf(path[path.length - 1]!);
    if (importers.length === 0) return path.map((p) => p.replace(root, '')).join(' ← ');
    for (const importer of importers) {
      if (seen.has(importer)) continue;
      seen.add(importer);
      queue.push([...path, importer]);
    }
  }
  return id;
}

export function noFullZod(root: string): Plugin {
  return {
    name: 'kiosk:no-full-zod',
    apply: 'build',
    generateBundle(_options, bundle) {
      for (const chunk of Object.values(bundle)) {
        if (chunk.type !== 'chunk') continue;
        const offender = Object.keys(chunk.modules).find((id) => FULL_ZOD.test(id));
        if (!offender) continue;
        const importersOf = (id: string) => this.getModuleInfo(id)?.importers ?? [];
        this.error(
          `${chunk.fileName}: zod's full API is in the renderer bundle (${chainTo(offender, importersOf, root)}); ` +
            'import plain values from a zod-free module (e.g. app/report/locales.ts, app/config/defaults.ts)',
        );
      }
    },
  };
}
