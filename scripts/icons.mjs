// Renders icons/icon.svg to the PNG sizes the manifest lists, in headless Chromium.
// Run after editing the SVG: `node scripts/icons.mjs` (the PNGs are committed).
import { readFileSync } from 'node:fs';
import { launchChromium } from './launch.mjs';

const svg = readFileSync(new URL('../icons/icon.svg', import.meta.url), 'utf8');
const browser = await launchChromium({ extensionDir: null });
const page = await browser.context.newPage();
for (const size of [16, 32, 48, 128]) {
  await page.setViewportSize({ width: size, height: size });
  await page.setContent(
    `<style>html,body{margin:0;background:transparent}</style>${svg.replace('<svg ', `<svg width="${size}" height="${size}" `)}`,
  );
  await page.screenshot({
    path: new URL(`../icons/icon-${size}.png`, import.meta.url).pathname,
    omitBackground: true,
  });
}
await browser.close();
console.log('icons written');
