/**
 * Types for the two parts of the `qrcode` package the show uses: the encoder
 * and the SVG renderer. Importing them directly (not the package's browser
 * entry) leaves its canvas renderer out of the bundle, and keeps @types/qrcode's
 * Node types out of the renderer's compile.
 */
declare module 'qrcode/lib/core/qrcode' {
  export interface QrData {
    readonly version: number;
    readonly modules: { readonly size: number; readonly data: Uint8Array };
  }
  export function create(text: string, options: { errorCorrectionLevel: 'L' | 'M' | 'Q' | 'H' }): QrData;
}

declare module 'qrcode/lib/renderer/svg-tag' {
  import type { QrData } from 'qrcode/lib/core/qrcode';
  export function render(
    data: QrData,
    options: { margin: number; color: { dark: string; light: string } },
  ): string;
}
