/**
 * QR codes drawn on the machine as SVG markup by the `qrcode` package: no
 * network, no canvas. Black on white with the standard 4-module quiet zone,
 * the highest contrast a phone camera can get. Each URL is encoded once:
 * the attract loop shows the same few codes over and over.
 */
import { create } from 'qrcode/lib/core/qrcode';
import { render } from 'qrcode/lib/renderer/svg-tag';
import { QR_ERROR_CORRECTION, QR_QUIET_ZONE_MODULES } from '../../app/takeaway/qr-url';

export interface QrSvg {
  /** `<svg …>` markup, sized by its container (it has a viewBox, no width). */
  readonly markup: string;
  /** Modules per side, quiet zone included: the code's size on screen divided by this is one module. */
  readonly modules: number;
}

const cache = new Map<string, QrSvg>();

/** The QR code of `url` as SVG markup. */
export function qrSvg(url: string): QrSvg {
  const cached = cache.get(url);
  if (cached) return cached;
  const data = create(url, { errorCorrectionLevel: QR_ERROR_CORRECTION });
  const markup = render(data, {
    margin: QR_QUIET_ZONE_MODULES,
    color: { dark: '#000000', light: '#ffffff' },
  });
  const code = { markup, modules: data.modules.size + 2 * QR_QUIET_ZONE_MODULES };
  cache.set(url, code);
  return code;
}
