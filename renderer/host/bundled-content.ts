/**
 * The content compiled into the web build. The build refuses to finish if it
 * does not validate (scripts/vite/check-bundled-content.ts), so the JSON can be
 * given its schema type here without shipping the validator to the browser.
 */
import type { ContentBundle, Messages } from '../../app/content/bundle';
import type { ContentPayload } from '../../app/ipc/contract';
import type { Report } from '../../app/report/schema';
import en from '../../data/locales/en.json';
import it from '../../data/locales/it.json';
import report from '../../data/report.json';

export function bundledContent(): ContentPayload {
  const bundle: ContentBundle = {
    report: report as Report,
    messages: { it: it as Messages, en: en as Messages },
  };
  return { bundle, origin: 'bundled', problems: [] };
}
