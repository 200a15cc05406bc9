/**
 * The preflight against real files on disk: a good content folder, the fuzzed
 * bad folders of the content loader's fuzz test, bad config files and flags.
 */
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { CONTENT_FILES } from '../app/content/bundle';
import { mutateJson, mutateText, pick, seededRandom } from '../app/testing/fuzz';
import { runPreflight, userDataDir, type PreflightInput } from './preflight';

const dataDir = fileURLToPath(new URL('../data/', import.meta.url));
const work = mkdtempSync(path.join(tmpdir(), 'kiosk-check-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

const FILES = [CONTENT_FILES.report, CONTENT_FILES.messages.it, CONTENT_FILES.messages.en];
const screen = { id: 1, bounds: { x: 0, y: 0, width: 1920, height: 1080 } };

/** A copy of the bundled data as an exhibitor's content folder. */
function goodFolder(name: string): string {
  const dir = path.join(work, name);
  mkdirSync(path.join(dir, 'locales'), { recursive: true });
  for (const file of FILES) cpSync(path.join(dataDir, file), path.join(dir, file));
  return dir;
}

function input(args: string[], extra: Partial<PreflightInput> = {}): PreflightInput {
  return {
    args,
    cwd: work,
    exeDir: path.join(work, 'no-app-here'),
    userData: path.join(work, 'no-userdata'),
    dataDir,
    displays: { all: [screen], primary: screen },
    ...extra,
  };
}

function config(name: string, settings: object | string): string {
  const file = path.join(work, name);
  writeFileSync(file, typeof settings === 'string' ? settings : JSON.stringify(settings));
  return file;
}

describe('runPreflight', () => {
  it('a good config and a good folder: exit 0, no problem lines, the folder named in the summary', async () => {
    const folder = goodFolder('good');
    const file = config('good.json', {
      mode: 'signage',
      adminPin: '97531',
      contentFolder: 'good',
      display: 0,
    });
    const report = await runPreflight(input(['--config', file]));
    expect(report.exitCode).toBe(0);
    expect(report.lines).toEqual([
      `check passed: the show would start with these files unchanged (config ${file}; signage mode; the content folder ${folder}; display 0 (1920x1080, 1 connected))`,
    ]);
  });

  it.each([
    ['a wrong value', { slideSeconds: 1 }, /^\S+bad\.json: slideSeconds: /],
    ['a typo', { slideSecond: 8 }, /bad\.json: slideSecond: unknown setting; did you mean "slideSeconds"\?$/],
    ['a missing display', { display: 3 }, /bad\.json: display: display 3 does not exist/],
    ['an unknown slide', { slides: ['nope'] }, /bad\.json: slides\[0\]: no slide "nope" in the content/],
    ['malformed JSON', '{"mode": "kiosk",}', /bad\.json: malformed JSON: .*\(line 1, column 18\)$/],
  ])('config with %s: its line, then a failing summary, exit 1', async (_name, settings, line) => {
    const file = config('bad.json', settings);
    const report = await runPreflight(input(['--config', file]));
    expect(report.exitCode).toBe(1);
    expect(report.lines[0]).toMatch(line);
    expect(report.lines.at(-1)).toMatch(/^check failed: 1 problem; /);
  });

  it('a --config file that does not exist: the show would use the defaults, exit 1', async () => {
    const report = await runPreflight(input(['--config', 'missing.json']));
    expect(report.exitCode).toBe(1);
    expect(report.lines[0]).toBe(`${path.join(work, 'missing.json')}: file not found`);
  });

  it('usage errors exit 2 before any file is read', async () => {
    const report = await runPreflight(input(['--content-folder', 'usb']));
    expect(report.exitCode).toBe(2);
    expect(report.lines[0]).toBe(
      'usage error: unexpected argument "usb": give the value with "=", e.g. --content-folder=usb',
    );
  });

  it('without screen access a numbered display is noted, not failed', async () => {
    const report = await runPreflight(input(['--screen=1', '--admin-pin=97531'], { displays: undefined }));
    expect(report.exitCode).toBe(0);
    expect(report.lines[0]).toMatch(/^note: display 1 is not checked here/);
  });

  it('the fuzzed bad folders: exit 1 with every problem line naming a file of the folder, or exit 0 when the damage is harmless', async () => {
    const random = seededRandom(1919);
    const originals = Object.fromEntries(FILES.map((f) => [f, readFileSync(path.join(dataDir, f), 'utf8')]));
    let rejected = 0;
    for (let i = 0; i < 40; i++) {
      const folder = goodFolder(`fuzz-${i}`);
      const target = pick(random, FILES);
      const kind = random();
      if (kind < 0.5) {
        const damaged = mutateJson(JSON.parse(originals[target]!) as unknown, random);
        writeFileSync(path.join(folder, target), JSON.stringify(damaged) ?? '');
      } else if (kind < 0.95)
        writeFileSync(path.join(folder, target), mutateText(originals[target]!, random));
      else rmSync(path.join(folder, target));
      const report = await runPreflight(input([`--content-folder=${folder}`, '--admin-pin=97531']));
      const label = `${folder}/`;
      if (report.exitCode === 0) {
        expect(report.lines, `case ${i}`).toHaveLength(1);
        continue;
      }
      rejected++;
      expect(report.exitCode, `case ${i}`).toBe(1);
      const problems = report.lines.slice(0, -1);
      expect(problems[0], `case ${i}`).toMatch(/the bundled content is shown instead$/);
      for (const line of problems.slice(1)) {
        expect(
          FILES.some((f) => line.startsWith(`${label}${f}: `)),
          `case ${i}: ${line}`,
        ).toBe(true);
      }
      expect(report.lines.at(-1), `case ${i}`).toMatch(/the bundled content instead of /);
    }
    expect(rejected).toBeGreaterThan(30);
    // 40 folders written and read: seconds on a busy machine. The limit only guards against a hang.
  }, 120_000);
});

describe('userDataDir', () => {
  it.each([
    ['win32', { APPDATA: 'C:\\Users\\k\\AppData\\Roaming' }, 'C:\\Users\\k\\AppData\\Roaming\\kiosk'],
    ['darwin', {}, '/Users/k/Library/Application Support/kiosk'],
    ['linux', {}, '/Users/k/.config/kiosk'],
    ['linux', { XDG_CONFIG_HOME: '/cfg' }, '/cfg/kiosk'],
  ] as const)('%s %j', (platform, env, expected) => {
    expect(userDataDir('kiosk', platform, env, '/Users/k')).toBe(expected);
  });
});
