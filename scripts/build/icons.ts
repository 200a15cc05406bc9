/**
 * `npm run icons`: every OS's app icon from one source image,
 * assets/icon/icon.svg, into electron-builder's build resources
 * (assets/build/): icon.png (1024 px), icon.ico (Windows), icon.icns (macOS)
 * and icons/NxN.png (Linux). The SVG is rasterised by Chromium (the browser
 * the e2e tests use), the rest by png2icons. The output is committed, so
 * packaging never needs this script; run it again after changing the SVG.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from '@playwright/test';
import png2icons from 'png2icons';
import { chromiumLaunchOptions } from '../../e2e/chromium';
import { ICON_OUTPUTS, ICON_SOURCE_STAMP, iconSourceHash, LINUX_ICON_SIZES } from './icon-set';

const root = fileURLToPath(new URL('../../', import.meta.url));
const out = path.join(root, 'assets', 'build');
const svg = readFileSync(path.join(root, 'assets', 'icon', 'icon.svg'), 'utf8');

const browser = await chromium.launch(chromiumLaunchOptions());

/** The SVG drawn at `size` px by Chromium, on a transparent background. */
async function rasterise(size: number): Promise<Buffer> {
  const page = await browser.newPage({ viewport: { width: size, height: size }, deviceScaleFactor: 1 });
  const sized = svg.replace('<svg ', `<svg style="display:block;width:${size}px;height:${size}px" `);
  await page.setContent(`<body style="margin:0;background:transparent">${sized}</body>`);
  const png = await page.screenshot({ omitBackground: true, type: 'png' });
  await page.close();
  return png;
}

const master = await rasterise(1024);
mkdirSync(path.join(out, 'icons'), { recursive: true });
writeFileSync(path.join(out, ICON_OUTPUTS.png), master);
const ico = png2icons.createICO(master, png2icons.BICUBIC2, 0, false, true);
const icns = png2icons.createICNS(master, png2icons.BICUBIC2, 0);
if (!ico || !icns) throw new Error('png2icons could not convert assets/icon/icon.svg');
writeFileSync(path.join(out, ICON_OUTPUTS.ico), ico);
writeFileSync(path.join(out, ICON_OUTPUTS.icns), icns);
for (const size of LINUX_ICON_SIZES) {
  writeFileSync(path.join(out, 'icons', `${size}x${size}.png`), await rasterise(size));
}
await browser.close();
writeFileSync(path.join(out, ICON_SOURCE_STAMP), `${iconSourceHash(svg)}\n`);
console.log(`icons written to ${path.relative(root, out)}/`);
