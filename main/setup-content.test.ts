/** The show's content in the host: what the page and the status panel are told, before and after a change. */
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { loadSettings } from '../app/config/config-file';
import { setupContent, ShowContent } from './setup-content';
import { testContext } from './testing/boot-context';

const repo = fileURLToPath(new URL('../', import.meta.url));

async function contentFor(argv: string[]) {
  const ctx = { ...testContext(), paths: { renderer: '', preload: '', data: path.join(repo, 'data') } };
  const content = await setupContent(ctx, loadSettings(['k', ...argv], undefined, undefined), repo);
  return { ctx, content };
}

describe('setupContent', () => {
  it('without a folder: the bundled content, validated', async () => {
    const { content } = await contentFor([]);
    expect(content.status()).toEqual({ origin: 'bundled', folder: '', validated: true, problems: 0 });
    expect(content.forPage().origin).toBe('bundled');
  });

  it('a folder that does not validate: the bundled content, and its problems without the home folder', async () => {
    const folder = path.join(os.homedir(), 'no-such-kiosk-folder');
    const { content, ctx } = await contentFor([`--content-folder=${folder}`]);
    expect(content.status()).toMatchObject({
      origin: 'bundled',
      folder: '~/no-such-kiosk-folder',
      validated: false,
    });
    const shown = JSON.stringify(content.forPage().problems);
    expect(shown).toContain('~/no-such-kiosk-folder');
    expect(shown).not.toContain(os.homedir());
    expect(ctx.lines.some((line) => line.startsWith('warn content: '))).toBe(true);
  });

  it('slides the settings name and the content lacks are problems of the config', async () => {
    const { content } = await contentFor(['--slides=nope']);
    expect(content.slideProblems).toHaveLength(1);
    expect(content.slideProblems[0]!.message).toContain('nope');
  });

  it('a validated update becomes the content; a rejected one only marks the folder', async () => {
    const { content } = await contentFor([]);
    const update = { ...content.forPage(), origin: 'folder' as const };
    content.reject();
    expect(content.status().validated).toBe(false);
    content.accept(update);
    expect(content.status()).toMatchObject({ origin: 'folder', validated: true });
    expect(content.forPage().origin).toBe('folder');
  });

  it('with no content at all, the page is told why', () => {
    const content = new ShowContent('', { ok: false, message: 'The bundled content is invalid' }, []);
    expect(() => content.forPage()).toThrow('The bundled content is invalid');
  });
});
