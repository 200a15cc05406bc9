/**
 * The settings' fixed values and defaults as plain data, apart from their zod
 * schemas (settings.ts): the renderer reads its URL query with these and never
 * bundles the validator. `settings.test.ts` checks that every schema's default
 * is the one written here.
 */
import type { KioskSettings } from './settings';

export const MODES = ['kiosk', 'presentation', 'signage'] as const;
export type Mode = (typeof MODES)[number];

export const ROTATIONS = [0, 90, 180, 270] as const;
export type Rotation = (typeof ROTATIONS)[number];

/** Used when no PIN is configured; the README tells exhibitors to set their own. */
export const DEFAULT_ADMIN_PIN = '1234';

/** Every setting's default, as `SETTING_SCHEMAS` (settings.ts) fills it in. */
export const SETTING_DEFAULTS: Readonly<KioskSettings> = {
  mode: 'kiosk',
  language: 'it',
  languages: ['it', 'en'],
  slideSeconds: 12,
  idleSeconds: 60,
  idleWarningSeconds: 10,
  slides: [],
  reducedMotion: false,
  startSlide: '',
  qrUrl: '',
  qrInLoop: false,
  display: 'primary',
  rotation: 0,
  adminPin: DEFAULT_ADMIN_PIN,
  contentFolder: '',
  autostart: false,
  nightlyReload: '',
  insight: true,
};
