/**
 * The show's settings: every key has a default, and each source (config file,
 * URL query, command-line flags) is a partial layer validated on its own, so
 * one bad key never stops the show: it is reported and its default is used.
 */
import { z } from 'zod';
import { LOCALES } from '../report/schema';
import type { Problem } from '../content/problems';

export const MODES = ['kiosk', 'presentation', 'signage'] as const;
export type Mode = (typeof MODES)[number];

const LocaleSchema = z.enum(LOCALES);

/** Each key with its rule and its default. */
export const SETTING_SCHEMAS = {
  /** kiosk: attract loop ↔ explore; presentation: keyboard-driven deck; signage: loop only. */
  mode: z.enum(MODES).default('kiosk'),
  /** The language the show starts in and returns to after idle. */
  language: LocaleSchema.default('it'),
  /** Languages the attract loop alternates between, one per full cycle; one entry keeps it in that language. */
  languages: z
    .array(LocaleSchema)
    .min(1)
    .max(LOCALES.length)
    .default([...LOCALES]),
  /** Seconds each slide stays in the attract loop (a slide may override it in the data). */
  slideSeconds: z.number().min(3).max(600).default(12),
  /** Seconds without input in explore mode before the "still there?" question. */
  idleSeconds: z.number().min(10).max(3600).default(60),
  /** Seconds the "still there?" countdown lasts. */
  idleWarningSeconds: z.number().int().min(3).max(120).default(10),
  /** Slide ids to show, in this order; empty means every slide in the report's order. */
  slides: z.array(z.string().min(1)).default([]),
  /** Crossfades only, charts shown at their final state. */
  reducedMotion: z.boolean().default(false),
  /** Slide id to open on (a deep link); '' starts at the first slide. */
  startSlide: z.string().default(''),
} as const;

export type SettingKey = keyof typeof SETTING_SCHEMAS;
export type ShowSettings = { -readonly [K in SettingKey]: z.output<(typeof SETTING_SCHEMAS)[K]> };
export type SettingsLayer = Partial<ShowSettings>;

export const DEFAULT_SETTINGS: ShowSettings = Object.fromEntries(
  Object.entries(SETTING_SCHEMAS).map(([key, schema]) => [key, schema.parse(undefined)]),
) as ShowSettings;

/**
 * Validates a layer key by key. Valid keys are kept; each invalid or unknown
 * key becomes a problem naming `file` and the key.
 */
export function validateLayer(
  raw: Record<string, unknown>,
  file: string,
): { layer: SettingsLayer; problems: Problem[] } {
  const layer: Record<string, unknown> = {};
  const problems: Problem[] = [];
  for (const [key, value] of Object.entries(raw)) {
    if (!(key in SETTING_SCHEMAS)) {
      problems.push({ file, path: key, message: 'unknown setting' });
      continue;
    }
    const result = SETTING_SCHEMAS[key as SettingKey].safeParse(value);
    if (result.success) layer[key] = result.data;
    else problems.push({ file, path: key, message: result.error.issues[0]?.message ?? 'invalid value' });
  }
  return { layer: layer as SettingsLayer, problems };
}

/** Later layers win: defaults ← config file ← flags or URL query. */
export function mergeSettings(...layers: readonly SettingsLayer[]): ShowSettings {
  return Object.assign({}, DEFAULT_SETTINGS, ...layers) as ShowSettings;
}

/** Query parameter and flag names, and how their text becomes a value. */
const TEXT_OPTIONS: Readonly<Record<string, { key: SettingKey; read: (text: string) => unknown }>> = {
  mode: { key: 'mode', read: (t) => t },
  lang: { key: 'language', read: (t) => t },
  languages: {
    key: 'languages',
    read: (t) =>
      t
        .split(',')
        .map((s) => s.trim())
        .filter(Boolean),
  },
  slideSeconds: { key: 'slideSeconds', read: Number },
  idleSeconds: { key: 'idleSeconds', read: Number },
  idleWarningSeconds: { key: 'idleWarningSeconds', read: Number },
  slides: {
    key: 'slides',
    read: (t) =>
      t
        .split(',')
        .map((s) => s.trim())
        .filter(Boolean),
  },
  slide: { key: 'startSlide', read: (t) => t },
  reducedMotion: {
    key: 'reducedMotion',
    read: (t) => (t === '' || t === 'true' || t === '1' ? true : t === 'false' || t === '0' ? false : t),
  },
};

/** `--slide-seconds` → `slideSeconds`. */
function camelCase(flag: string): string {
  return flag.replace(/-([a-z])/g, (_, c: string) => c.toUpperCase());
}

function layerFromPairs(
  pairs: Iterable<[string, string]>,
  file: string,
): { layer: SettingsLayer; problems: Problem[] } {
  const raw: Record<string, unknown> = {};
  const problems: Problem[] = [];
  for (const [name, text] of pairs) {
    const option = TEXT_OPTIONS[name];
    if (option) raw[option.key] = option.read(text);
    else problems.push({ file, path: name, message: 'unknown option' });
  }
  const validated = validateLayer(raw, file);
  return { layer: validated.layer, problems: [...problems, ...validated.problems] };
}

/**
 * Settings from a web URL's query: `?mode=signage&lang=en&slideSeconds=8&idleSeconds=30`.
 * Parameters that are not settings (such as `slide`) are ignored here.
 */
export function settingsFromQuery(search: string): { layer: SettingsLayer; problems: Problem[] } {
  const pairs = queryPairs(search).filter(([name]) => name in TEXT_OPTIONS);
  return layerFromPairs(pairs, 'URL');
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

/**
 * Settings from command-line flags: `--mode=signage --lang=en --slide-seconds=8`.
 * Arguments that are not `--name=value` flags of a setting are left to others.
 */
export function settingsFromFlags(argv: readonly string[]): { layer: SettingsLayer; problems: Problem[] } {
  const pairs: [string, string][] = [];
  for (const arg of argv) {
    const match = /^--([a-z][a-z-]*)(?:=(.*))?$/.exec(arg);
    if (!match?.[1]) continue;
    const name = camelCase(match[1]);
    if (name in TEXT_OPTIONS) pairs.push([name, match[2] ?? '']);
  }
  return layerFromPairs(pairs, 'command line');
}
