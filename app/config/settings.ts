/**
 * The kiosk's settings: every key has a default, and each source (config file,
 * URL query, command-line flags) is a partial layer validated on its own, so
 * one bad key never stops the show: it is reported and its default is used.
 *
 * The show keys (mode … qrInLoop) are read by the renderer, and so is
 * `rotation`: the page turns itself. `display`, `contentFolder`, `autostart`
 * and `nightlyReload` are the Electron host's; `insight` is read by both. The
 * admin PIN is the one secret: `toShowSettings` drops it before settings cross
 * to a page (a web build takes its PIN from its own URL).
 */
import { z } from 'zod';
import { LOCALES } from '../report/schema';
import type { Problem } from '../content/problems';
import { templateProblem } from '../takeaway/qr-url';
import { DEFAULT_ADMIN_PIN, MODES, ROTATIONS } from './defaults';
import { notANumber, readBoolean, readNumber, SHOW_OPTIONS, type TextOption } from './query';

// The plain values and the URL query live apart from zod, for the renderer's bundle.
export { DEFAULT_ADMIN_PIN, MODES, ROTATIONS, type Mode, type Rotation } from './defaults';
export { mergeSettings, queryPairs, settingsFromQuery, toShowSettings } from './query';

/** The take-away template's rule: '' (no QR) or a usable template. */
const QrUrlSchema = z
  .string({ error: 'expected the URL as text in quotes' })
  .superRefine((template, context) => {
    const problem = templateProblem(template);
    if (problem) context.addIssue({ code: 'custom', message: problem });
  });

const LocaleSchema = z.enum(LOCALES);
/** A number of seconds; text in its place ("abc", or "8" in quotes in the file) is named in the message. */
const seconds = () =>
  z.number({
    error: (issue) =>
      issue.code === 'invalid_type' && typeof issue.input === 'string' ? notANumber(issue.input) : undefined,
  });
const DISPLAY_MESSAGE = 'expected "primary" or a display number from 0 to 15';

/** Each key with its rule and its default. */
export const SETTING_SCHEMAS = {
  // --- The show (read by the renderer) ---
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
  slideSeconds: seconds().min(3).max(600).default(12),
  /** Seconds without input in explore mode before the "still there?" question. */
  idleSeconds: seconds().min(10).max(3600).default(60),
  /** Seconds the "still there?" countdown lasts. */
  idleWarningSeconds: seconds().int().min(3).max(120).default(10),
  /** Slide ids to show, in this order; empty means every slide in the report's order. */
  slides: z.array(z.string().min(1).max(100)).max(200).default([]),
  /** Crossfades only, charts shown at their final state. */
  reducedMotion: z.boolean().default(false),
  /** Slide id to open on (`?slide=` in a URL, `--slide=` or `--start-slide=` as a flag); '' starts at the first slide. */
  startSlide: z.string().max(100).default(''),
  /** The public URL of the report, with {slide} and {lang}: each slide offers its QR code; '' shows none. */
  qrUrl: QrUrlSchema.default(''),
  /** A small QR code of the current slide in a corner of the attract loop (needs qrUrl). */
  qrInLoop: z.boolean().default(false),

  // --- The kiosk's screen, PIN and host ---
  /** Which screen: "primary", or a display number (0 = first in the system's list). */
  display: z
    .union(
      [
        z.literal('primary'),
        z.number().int(DISPLAY_MESSAGE).min(0, DISPLAY_MESSAGE).max(15, DISPLAY_MESSAGE),
      ],
      { error: DISPLAY_MESSAGE },
    )
    .default('primary'),
  /** Degrees the page turns itself (renderer/kiosk/), so portrait totems need no OS touch calibration. */
  rotation: z
    .union(
      ROTATIONS.map((degrees) => z.literal(degrees)),
      { error: 'expected 0, 90, 180 or 270' },
    )
    .default(0),
  /** The PIN of the hidden admin panel: 4 to 8 digits, written as text. */
  adminPin: z
    .string({ error: 'expected the PIN as text in quotes, e.g. "2468"' })
    .regex(/^\d{4,8}$/, 'expected 4 to 8 digits, e.g. "2468"')
    .default(DEFAULT_ADMIN_PIN),
  /** A folder laid out like data/ that replaces the bundled content if it validates; '' for none. */
  contentFolder: z.string().max(1024, 'the path is too long').default(''),
  /** Start the app when the kiosk user logs in. */
  autostart: z.boolean().default(false),
  /** A daily soft reload at this local time ("HH:MM", 24-hour), or "" for none. */
  nightlyReload: z
    .string()
    .regex(/^(|([01]\d|2[0-3]):[0-5]\d)$/, 'expected a time as "HH:MM" (24-hour), or "" for none')
    .default(''),
  /** Record visits and proof of play in the app's own folder (never anything personal); false turns it off. */
  insight: z.boolean().default(true),
} as const;

export type SettingKey = keyof typeof SETTING_SCHEMAS;
/** Every setting, including the admin PIN: stays in the host. */
export type KioskSettings = { -readonly [K in SettingKey]: z.output<(typeof SETTING_SCHEMAS)[K]> };
/** Settings that are safe to hand to a page: everything but the secret PIN. */
export type ShowSettings = Omit<KioskSettings, SecretKey>;
export type SettingsLayer = Partial<KioskSettings>;

type SecretKey = 'adminPin';

export const DEFAULT_SETTINGS: KioskSettings = Object.fromEntries(
  Object.entries(SETTING_SCHEMAS).map(([key, schema]) => [key, schema.parse(undefined)]),
) as KioskSettings;

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
    if (!Object.hasOwn(SETTING_SCHEMAS, key)) {
      problems.push({ file, path: key, message: unknownSettingMessage(key) });
      continue;
    }
    const result = SETTING_SCHEMAS[key as SettingKey].safeParse(value);
    if (result.success) layer[key] = result.data;
    else problems.push({ file, path: key, message: result.error.issues[0]?.message ?? 'invalid value' });
  }
  return { layer: layer as SettingsLayer, problems };
}

/** "unknown setting", with the closest known key when the name looks like a typo. */
function unknownSettingMessage(key: string): string {
  const lower = key.toLowerCase();
  let best: { key: string; distance: number } | undefined;
  for (const known of Object.keys(SETTING_SCHEMAS)) {
    const distance = editDistance(lower, known.toLowerCase());
    if (!best || distance < best.distance) best = { key: known, distance };
  }
  return best && best.distance <= 2 && key.length <= 40
    ? `unknown setting; did you mean "${best.key}"?`
    : 'unknown setting';
}

/** Levenshtein distance; both names are short. */
function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      current[j] = Math.min((previous[j] ?? 0) + 1, (current[j - 1] ?? 0) + 1, (previous[j - 1] ?? 0) + cost);
    }
    previous = current;
  }
  return previous[b.length] ?? 0;
}

/** Flags of the Electron host: every key of the config file can be overridden. */
const FLAG_OPTIONS: Readonly<Record<string, TextOption>> = {
  ...SHOW_OPTIONS,
  language: { key: 'language', read: (t) => t },
  startSlide: { key: 'startSlide', read: (t) => t },
  screen: { key: 'display', read: (t) => (t === 'primary' ? t : readNumber(t)) },
  adminPin: { key: 'adminPin', read: (t) => t },
  contentFolder: { key: 'contentFolder', read: (t) => t },
  autostart: { key: 'autostart', read: readBoolean },
  nightlyReload: { key: 'nightlyReload', read: (t) => t },
};

/** `slideSeconds` → `slide-seconds`. */
function kebabCase(name: string): string {
  return name.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`);
}

/** Every `--flag` the Electron host reads into settings, as typed (`slide-seconds`). */
export const SETTING_FLAG_NAMES: readonly string[] = Object.keys(FLAG_OPTIONS).map(kebabCase);

/**
 * Flags that Chromium or Electron read themselves, so they can never be ours: `--display` opens
 * that X11 display (Chromium ui/gfx/switches.cc, switches::kX11Display), and Chromium does not
 * start when it cannot; `--lang` sets Chromium's locale (Electron docs/api/command-line-switches.md "--lang").
 * Every other flag of ours is checked against Chromium's and Electron's switches by
 * command-line-switches.test.ts (the list, with its sources, is in chromium-switches.ts).
 */
export const CHROMIUM_SWITCHES: Readonly<Record<string, { instead: string; reads: string }>> = {
  display: { instead: 'screen', reads: 'Chromium reads --display as the X11 display to open' },
  lang: { instead: 'language', reads: 'Chromium and Electron read --lang as their own locale' },
};

/** `--slide-seconds` → `slideSeconds`. */
function camelCase(flag: string): string {
  return flag.replace(/-([a-z])/g, (_, c: string) => c.toUpperCase());
}

function layerFromPairs(
  pairs: Iterable<[string, string]>,
  options: Readonly<Record<string, TextOption>>,
  file: string,
): { layer: SettingsLayer; problems: Problem[] } {
  const raw: Record<string, unknown> = {};
  const problems: Problem[] = [];
  for (const [name, text] of pairs) {
    const option = options[name];
    if (option) raw[option.key] = option.read(text);
    else problems.push({ file, path: name, message: 'unknown option' });
  }
  const validated = validateLayer(raw, file);
  return { layer: validated.layer, problems: [...problems, ...validated.problems] };
}

/**
 * Settings from command-line flags: `--mode=signage --language=en --slide-seconds=8`.
 * Arguments that are not `--name=value` flags of a setting are left to others.
 */
export function settingsFromFlags(argv: readonly string[]): { layer: SettingsLayer; problems: Problem[] } {
  const pairs: [string, string][] = [];
  const refused: Problem[] = [];
  for (const arg of argv) {
    const match = /^--([a-z][a-z-]*)(?:=(.*))?$/s.exec(arg);
    if (!match?.[1]) continue;
    const name = camelCase(match[1]);
    const chromium = Object.hasOwn(CHROMIUM_SWITCHES, name) ? CHROMIUM_SWITCHES[name] : undefined;
    if (chromium) {
      const value = match[2] === undefined ? '' : `=${match[2]}`;
      refused.push({
        file: 'command line',
        path: name,
        message: `${chromium.reads}; use --${chromium.instead}${value}`,
      });
    } else if (Object.hasOwn(FLAG_OPTIONS, name)) pairs.push([name, match[2] ?? '']);
  }
  const parsed = layerFromPairs(pairs, FLAG_OPTIONS, 'command line');
  return { layer: parsed.layer, problems: [...refused, ...parsed.problems] };
}
