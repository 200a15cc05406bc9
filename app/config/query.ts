/**
 * The web build's configuration: its URL query, read and checked without zod,
 * so that the validator stays out of the renderer's bundle (every cold start
 * parses the script). The rules are the settings' rules (settings.ts), with
 * the same messages; `query.test.ts` checks both give the same layer and the
 * same problems for a table of queries, so the two cannot drift apart.
 */
import type { Problem } from '../content/problems';
import { LOCALES } from '../report/locales';
import { templateProblem } from '../takeaway/qr-url';
import { ROTATIONS, SETTING_DEFAULTS, MODES } from './defaults';
import type { KioskSettings, SettingKey, SettingsLayer, ShowSettings } from './settings';

/** How one query parameter or flag's text becomes a setting's raw value. */
export type TextOption = { key: SettingKey; read: (text: string) => unknown };

const readList = (t: string) =>
  t
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);
export const readBoolean = (t: string) =>
  t === '' || t === 'true' || t === '1' ? true : t === 'false' || t === '0' ? false : t;
/** Decimal notation only: `Number` alone would also take '' (as 0), '0x10' and 'Infinity'. */
const DECIMAL = /^\s*[+-]?(\d+\.?\d*|\.\d+)(e[+-]?\d+)?\s*$/i;
/** The one reading of a number flag or parameter: a number if the text is one, else the text itself. */
export const readNumber = (t: string): number | string => (DECIMAL.test(t) ? Number(t) : t);
/** What a number setting given as text says: it names the text ("abc"), its start if it is long. */
export const notANumber = (text: string) =>
  `expected a number, got "${text.length > 40 ? `${text.slice(0, 40)}…` : text}"`;

/** Query parameters and flags shared by the web build and the Electron host. */
export const SHOW_OPTIONS: Readonly<Record<string, TextOption>> = {
  mode: { key: 'mode', read: (t) => t },
  languages: { key: 'languages', read: readList },
  slideSeconds: { key: 'slideSeconds', read: readNumber },
  idleSeconds: { key: 'idleSeconds', read: readNumber },
  idleWarningSeconds: { key: 'idleWarningSeconds', read: readNumber },
  slides: { key: 'slides', read: readList },
  slide: { key: 'startSlide', read: (t) => t },
  reducedMotion: { key: 'reducedMotion', read: readBoolean },
  rotation: { key: 'rotation', read: readNumber },
  qrUrl: { key: 'qrUrl', read: (t) => t },
  qrInLoop: { key: 'qrInLoop', read: readBoolean },
  insight: { key: 'insight', read: readBoolean },
};

/** Only a URL configures a web build: its PIN comes from the query (`pin`). */
export const QUERY_OPTIONS: Readonly<Record<string, TextOption>> = {
  ...SHOW_OPTIONS,
  lang: { key: 'language', read: (t) => t },
  pin: { key: 'adminPin', read: (t) => t },
};

/** A raw value's problem, in zod's words (settings.ts words the rest), or undefined when it is valid. */
type Check = (value: unknown) => string | undefined;

const received = (value: unknown) =>
  typeof value === 'number' && !Number.isFinite(value) ? String(value) : typeof value;

const oneOf =
  (options: readonly (string | number)[]): Check =>
  (value) =>
    options.includes(value as string | number)
      ? undefined
      : `Invalid option: expected one of ${options.map((o) => JSON.stringify(o)).join('|')}`;

const number =
  (min: number, max: number, integer = false): Check =>
  (value) => {
    if (typeof value === 'string') return notANumber(value);
    if (typeof value !== 'number' || !Number.isFinite(value))
      return `Invalid input: expected number, received ${received(value)}`;
    if (integer && !Number.isInteger(value)) return 'Invalid input: expected int, received number';
    if (value < min) return `Too small: expected number to be >=${min}`;
    if (value > max) return `Too big: expected number to be <=${max}`;
    return undefined;
  };

const text =
  (max: number, min = 0): Check =>
  (value) => {
    if (typeof value !== 'string') return `Invalid input: expected string, received ${received(value)}`;
    if (value.length < min) return `Too small: expected string to have >=${min} characters`;
    if (value.length > max) return `Too big: expected string to have <=${max} characters`;
    return undefined;
  };

const list =
  (item: Check, min: number, max: number): Check =>
  (value) => {
    if (!Array.isArray(value)) return `Invalid input: expected array, received ${received(value)}`;
    // zod reports the length first, then the first bad entry.
    if (value.length < min) return `Too small: expected array to have >=${min} items`;
    if (value.length > max) return `Too big: expected array to have <=${max} items`;
    for (const entry of value) {
      const problem = item(entry);
      if (problem) return problem;
    }
    return undefined;
  };

const boolean: Check = (value) =>
  typeof value === 'boolean' ? undefined : `Invalid input: expected boolean, received ${received(value)}`;

/** The rules of the settings a query can set (SETTING_SCHEMAS in settings.ts). */
const QUERY_CHECKS: Readonly<Partial<Record<SettingKey, Check>>> = {
  mode: oneOf(MODES),
  language: oneOf(LOCALES),
  languages: list(oneOf(LOCALES), 1, LOCALES.length),
  slideSeconds: number(3, 600),
  idleSeconds: number(10, 3600),
  idleWarningSeconds: number(3, 120, true),
  slides: list(text(100, 1), 0, 200),
  reducedMotion: boolean,
  startSlide: text(100),
  qrUrl: (value) =>
    typeof value === 'string' ? templateProblem(value) : 'expected the URL as text in quotes',
  qrInLoop: boolean,
  rotation: (value) =>
    (ROTATIONS as readonly unknown[]).includes(value) ? undefined : 'expected 0, 90, 180 or 270',
  adminPin: (value) =>
    typeof value !== 'string'
      ? 'expected the PIN as text in quotes, e.g. "2468"'
      : /^\d{4,8}$/.test(value)
        ? undefined
        : 'expected 4 to 8 digits, e.g. "2468"',
  insight: boolean,
};

/** The query's settings as read from text, before any check: what `settingsFromQuery` judges. */
export function rawQuerySettings(search: string): Record<string, unknown> {
  const raw: Record<string, unknown> = {};
  for (const [name, value] of queryPairs(search)) {
    const option = Object.hasOwn(QUERY_OPTIONS, name) ? QUERY_OPTIONS[name] : undefined;
    if (option) raw[option.key] = option.read(value);
  }
  return raw;
}

/**
 * Settings from a web URL's query: `?mode=signage&lang=en&slideSeconds=8&idleSeconds=30`.
 * Parameters that are not settings (such as `utm`) are ignored; a bad value is a problem
 * naming the URL and the setting, and its default is used.
 */
export function settingsFromQuery(search: string): { layer: SettingsLayer; problems: Problem[] } {
  const layer: Record<string, unknown> = {};
  const problems: Problem[] = [];
  for (const [key, value] of Object.entries(rawQuerySettings(search))) {
    const check = QUERY_CHECKS[key as SettingKey];
    const problem = check ? check(value) : 'not a setting of the URL';
    if (problem === undefined) layer[key] = value;
    else problems.push({ file: 'URL', path: key, message: problem });
  }
  return { layer: layer as SettingsLayer, problems };
}

/** `?a=1&b=x+y` → [['a', '1'], ['b', 'x y']]; the core has no URLSearchParams (no DOM, no Node). */
export function queryPairs(search: string): [string, string][] {
  return search
    .replace(/^\?/, '')
    .split('&')
    .filter(Boolean)
    .map((part) => {
      const [name = '', ...rest] = part.split('=');
      return [decode(name), decode(rest.join('='))];
    });
}

function decode(text: string): string {
  try {
    return decodeURIComponent(text.replace(/\+/g, ' '));
  } catch {
    return text;
  }
}

/** Later layers win: defaults ← config file ← flags or URL query. */
export function mergeSettings(...layers: readonly SettingsLayer[]): KioskSettings {
  return Object.assign({}, SETTING_DEFAULTS, ...layers) as KioskSettings;
}

/** Drops the admin PIN, so it never reaches a renderer. */
export function toShowSettings(settings: KioskSettings): ShowSettings {
  const shown: Partial<KioskSettings> = { ...settings };
  delete shown.adminPin;
  return shown as ShowSettings;
}
