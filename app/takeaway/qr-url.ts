/**
 * The take-away link: a public URL template set by the exhibitor
 * (`qrUrl`, e.g. `https://example.org/report?slide={slide}&lang={lang}`)
 * filled in for one slide and language, and encoded as a QR code on the
 * machine. No template, no QR anywhere.
 */
import type { Locale } from '../report/schema';

/** The placeholders a template may (and must) hold. */
export const QR_PLACEHOLDERS = ['{slide}', '{lang}'] as const;

/**
 * Longer URLs make denser codes that are harder to scan from a glossy screen;
 * 300 characters still fit a version-13 code at level Q.
 */
export const QR_URL_MAX_CHARS = 300;

/**
 * Q restores up to 25% of the code: enough for a glare streak across a glossy
 * screen, with modules larger than level H's at the same size on screen.
 */
export const QR_ERROR_CORRECTION = 'Q' as const;

/** Modules of blank margin around the code, as the QR standard asks (ISO/IEC 18004 quiet zone). */
export const QR_QUIET_ZONE_MODULES = 4;

/** Why a template cannot be used, or undefined when it can. */
export function templateProblem(template: string): string | undefined {
  if (template === '') return undefined;
  if (template.length > QR_URL_MAX_CHARS) return `expected at most ${QR_URL_MAX_CHARS} characters`;
  if (/\s/.test(template)) return 'expected a URL without spaces';
  if (!/^https?:\/\/[^/?#{}@:]+(:\d+)?([/?#]|$)/i.test(template)) {
    return 'expected an http:// or https:// URL with a host, e.g. "https://example.org/report?slide={slide}&lang={lang}"';
  }
  const braces = template.match(/\{[^{}]*\}|[{}]/g) ?? [];
  const unknown = braces.find((part) => !(QR_PLACEHOLDERS as readonly string[]).includes(part));
  if (unknown) return `unknown placeholder ${unknown}: only {slide} and {lang} may be used`;
  const missing = QR_PLACEHOLDERS.filter((placeholder) => !template.includes(placeholder));
  if (missing.length > 0)
    return `expected the placeholders {slide} and {lang}; ${missing.join(' and ')} is missing`;
  return undefined;
}

/** The template filled in for one slide and language; slide ids are kebab-case, encoded all the same. */
export function takeAwayUrl(template: string, slideId: string, locale: Locale): string {
  return template
    .replaceAll('{slide}', encodeURIComponent(slideId))
    .replaceAll('{lang}', encodeURIComponent(locale));
}
