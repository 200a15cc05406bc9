/**
 * Fails the build, with the file, place and problem, if the content bundled
 * into the web build does not validate. The renderer can then trust it.
 */
import path from 'node:path';
import type { Plugin } from 'vite';
import { describeProblems } from '../../app/content/bundle';
import { loadContentFolder } from '../../main/content';

export function checkBundledContent(dataDir: string): Plugin {
  return {
    name: 'kiosk:check-bundled-content',
    async buildStart() {
      const parsed = await loadContentFolder(path.resolve(dataDir), `${dataDir}/`);
      if (!parsed.ok) this.error(`Invalid bundled content:\n${describeProblems(parsed.problems)}`);
    },
  };
}
