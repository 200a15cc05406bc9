/**
 * Design tokens: the one source of truth for colours, type sizes and motion.
 * The renderer turns them into CSS custom properties (set through the CSSOM,
 * which a strict CSP allows) and the chart layers read the same values for
 * their fills, so CSS and SVG can never drift apart.
 */
import { mixColors, type ContrastUse } from './contrast';

/** Okabe & Ito's colour-blind-safe set (2008), by the names its authors gave. */
export const OKABE_ITO = {
  orange: '#E69F00',
  skyBlue: '#56B4E9',
  bluishGreen: '#009E73',
  yellow: '#F0E442',
  blue: '#0072B2',
  vermillion: '#D55E00',
  reddishPurple: '#CC79A7',
} as const;

/**
 * A light theme: trade-fair halls are bright and a light page survives glare.
 * Grey is for context, one accent (Okabe–Ito blue) is for the subject on every slide.
 */
export const COLORS = {
  /** Page background; also the sea on maps. */
  paper: '#f6f4ef',
  /** Body text and reference lines. */
  ink: '#1d1d1f',
  /** Secondary text: labels of figures, notes, sources. */
  inkMuted: '#545458',
  /** The subject (usually Bergamo): its marks, its labels and the headline figure. */
  accent: OKABE_ITO.blue,
  /** Context marks: everything that is not the subject. */
  context: '#6b6b70',
  /** Land on maps: light enough that every mark and label reads on it. */
  land: '#e9e6de',
  /** Coastlines and borders: decoration, not information. */
  landEdge: '#c4beb1',
  /** A derived point (the centre of gravity): not a place, so not the accent. */
  derived: OKABE_ITO.vermillion,
  /** The callout a tap opens; the operator's buttons. */
  surface: '#ffffff',
  /** The operator's destructive action (quit) and its warnings. */
  danger: '#b00020',
  /** The operator's problems notice: a pale amber page, set apart from the show. */
  notice: '#fff8e1',
  /** Its frame. */
  noticeEdge: '#b26a00',
} as const;
export type ColorToken = keyof typeof COLORS;

/**
 * A colour the stylesheets paint: a token, or `color-mix(in srgb, var(mix)
 * percent%, var(into))` of two tokens (the tints of pressed controls).
 */
export type Paint =
  ColorToken | { readonly mix: ColorToken; readonly percent: number; readonly into: ColorToken };

/** The colour a paint comes to, as `#rrggbb`. */
export function paintHex(paint: Paint): string {
  return typeof paint === 'string'
    ? COLORS[paint]
    : mixColors(COLORS[paint.mix], paint.percent, COLORS[paint.into]);
}

export interface ContrastPair {
  readonly fg: ColorToken;
  readonly bg: Paint;
  readonly use: ContrastUse;
  /** Where the pair occurs, so a failing check says what to fix. */
  readonly where: string;
}

/** Every foreground/background pair the slides draw; a unit test holds each to WCAG AA. */
export const CONTRAST_PAIRS: readonly ContrastPair[] = [
  { fg: 'ink', bg: 'paper', use: 'text', where: 'titles, labels, values' },
  { fg: 'inkMuted', bg: 'paper', use: 'text', where: 'figure labels, notes, source' },
  { fg: 'accent', bg: 'paper', use: 'text', where: 'headline figure, Bergamo labels' },
  { fg: 'ink', bg: 'surface', use: 'text', where: 'callout label' },
  { fg: 'inkMuted', bg: 'surface', use: 'text', where: 'callout detail' },
  { fg: 'accent', bg: 'surface', use: 'text', where: 'callout value of the subject' },
  { fg: 'ink', bg: 'land', use: 'text', where: 'map labels' },
  { fg: 'inkMuted', bg: 'land', use: 'text', where: 'map labels of context places' },
  { fg: 'accent', bg: 'land', use: 'large', where: 'Bergamo label on the map (≥ 24 px)' },
  { fg: 'derived', bg: 'paper', use: 'large', where: 'centre-of-gravity label (≥ 24 px, bold)' },
  { fg: 'surface', bg: 'accent', use: 'text', where: 'rank badge of the subject' },
  { fg: 'surface', bg: 'context', use: 'text', where: 'rank badges' },
  { fg: 'accent', bg: 'paper', use: 'mark', where: 'subject bars, units, points' },
  { fg: 'context', bg: 'paper', use: 'mark', where: 'context bars, units, outlines' },
  { fg: 'ink', bg: 'paper', use: 'mark', where: 'reference lines' },
  { fg: 'derived', bg: 'paper', use: 'mark', where: 'centre of gravity' },
  { fg: 'accent', bg: 'land', use: 'mark', where: 'Bergamo on the map' },
  { fg: 'context', bg: 'land', use: 'mark', where: 'other places and bubbles on maps' },
  { fg: 'derived', bg: 'land', use: 'mark', where: 'centre of gravity on the map' },
  { fg: 'accent', bg: 'surface', use: 'mark', where: 'callout border' },
  { fg: 'paper', bg: 'ink', use: 'text', where: 'pressed buttons of the show (language, panels)' },
  { fg: 'surface', bg: 'accent', use: 'text', where: '"back to the slideshow" button, idle countdown' },
  { fg: 'ink', bg: 'paper', use: 'mark', where: 'button outlines of the show' },
  // Focus: the ring (outline) around whatever has keyboard focus (WCAG 1.4.11, 2.4.13).
  { fg: 'accent', bg: 'paper', use: 'mark', where: 'focus ring on the show and its panels' },
  { fg: 'accent', bg: 'surface', use: 'mark', where: 'focus ring on the operator’s screens' },
  // Pressed controls, for the moment a finger is down: the text must still read.
  {
    fg: 'ink',
    bg: { mix: 'accent', percent: 15, into: 'paper' },
    use: 'text',
    where: 'band buttons pressed',
  },
  {
    fg: 'ink',
    bg: { mix: 'accent', percent: 10, into: 'surface' },
    use: 'text',
    where: 'index entry pressed',
  },
  {
    fg: 'accent',
    bg: { mix: 'accent', percent: 10, into: 'surface' },
    use: 'text',
    where: 'index entry number pressed',
  },
  { fg: 'paper', bg: 'ink', use: 'text', where: 'close buttons of the panels' },
  // The operator's screens (admin PIN pad and panel, problems notice).
  { fg: 'ink', bg: 'surface', use: 'text', where: 'PIN keys and admin buttons' },
  { fg: 'danger', bg: 'surface', use: 'text', where: 'admin quit button' },
  { fg: 'ink', bg: 'notice', use: 'text', where: 'problems notice' },
  { fg: 'noticeEdge', bg: 'paper', use: 'mark', where: 'problems notice frame' },
];

/** Colours that carry no information, with the reason; every other token must be in a pair. */
export const DECORATIVE_COLORS: Readonly<Partial<Record<ColorToken, string>>> = {
  landEdge: 'coastlines and borders: the map reads without them',
};

/**
 * Type sizes in CSS pixels on the reference frame (a 1080p screen); the slide
 * scales them with its box. Nothing is under 24 px there: a 55" screen read
 * from three metres needs it.
 */
export const TYPE = {
  /** Slide title; `titleLong` for titles over `TITLE_LONG_CHARS` characters. */
  title: 52,
  titleLong: 44,
  /** The one headline figure: the biggest thing on screen. */
  headline: 148,
  /** Its unit and hedge ("mld €", "oltre"), beside and above the number. */
  headlineUnit: 60,
  headlineLabel: 30,
  /** Key figures: the value and what it measures. */
  factValue: 46,
  factLabel: 26,
  /** The key-figures slide's own large figures. */
  keyFigure: 96,
  body: 28,
  chartTitle: 28,
  /** Labels on the marks and their values. */
  label: 26,
  /** Honesty notes, caption, source. */
  note: 24,
  /** The callout a tap opens: large, as the issue asks. */
  calloutValue: 48,
  calloutLabel: 28,
} as const;
export type TypeToken = keyof typeof TYPE;

/** Titles longer than this get the smaller title size. */
export const TITLE_LONG_CHARS = 70;

/** The smallest type on the reference frame; the test of TYPE holds every size to it. */
export const MIN_TYPE_PX = 24;

/**
 * The frames the type sizes are designed on: a 1080p screen less the show's
 * bottom band (about 12%), in landscape and as a portrait totem.
 */
export const REFERENCE_FRAME = {
  landscape: { width: 1920, height: 940 },
  portrait: { width: 1080, height: 1680 },
} as const;

/**
 * On a portrait totem (1080×1920, a 55" panel standing on the floor) every
 * control of kiosk mode sits below this fraction of the screen's height: the
 * lower half is within the forward reach of a visitor in a wheelchair (about
 * 1.2 m from the floor, ISO 21542 / ADA 308.2) and of a child.
 */
export const REACH_BAND_TOP = 0.5;

/** Touch targets, in CSS pixels, whatever the scale (Apple's and Google's guidelines). */
export const MIN_HIT_PX = 48;

/** Chart build-in: short, staggered, ease-out; transform and opacity only. */
export const MOTION = {
  durationMs: 560,
  staggerMs: 40,
  /** The whole stagger of a chart stays under this, however many marks it has. */
  maxStaggerMs: 480,
  easing: 'cubic-bezier(0.22, 1, 0.36, 1)',
} as const;

/** CSS custom properties for the colours: `--color-` and the token's name in kebab case, the one name CSS uses. */
export function colorVariables(): Record<string, string> {
  const vars: Record<string, string> = {};
  for (const [name, value] of Object.entries(COLORS)) {
    vars[`--color-${name.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`)}`] = value;
  }
  return vars;
}

/** Figures already several times the body's size: enlarged text grows them less (app/theme/text-size.ts). */
export const DISPLAY_TYPE: ReadonlySet<TypeToken> = new Set([
  'headline',
  'headlineUnit',
  'keyFigure',
  'factValue',
]);

/**
 * CSS custom properties for the type sizes at a given scale (1 = the reference frame); `--scale`
 * sizes the layout. Enlarged text (presentation mode) gives its own scales for text and display type.
 */
export function typeVariables(
  scale: number,
  type: { readonly text: number; readonly display: number } = { text: scale, display: scale },
): Record<string, string> {
  const vars: Record<string, string> = {};
  for (const [name, size] of Object.entries(TYPE)) {
    const factor = DISPLAY_TYPE.has(name as TypeToken) ? type.display : type.text;
    vars[`--type-${name.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`)}`] = `${round(size * factor)}px`;
  }
  vars['--type-min'] = `${round(MIN_TYPE_PX * type.text)}px`;
  vars['--scale'] = String(round(scale, 4));
  return vars;
}

/** A type size in CSS pixels at a scale. */
export function typeSize(token: TypeToken, scale: number): number {
  return round(TYPE[token] * scale);
}

function round(value: number, digits = 2): number {
  const f = 10 ** digits;
  return Math.round(value * f) / f;
}
