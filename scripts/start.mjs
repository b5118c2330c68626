// `npm start`: builds Maxim and opens Chromium with it loaded on the bundled demo pages.
//   npm start                                  a browser window (needs a display)
//   npm start -- --headless --screenshot DIR   no window: writes a screenshot of each demo page
// Uses Debian's /usr/bin/chromium, or CHROME_PATH.
import { execSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { demoPages, launchChromium } from './launch.mjs';
import { startServer } from './serve.mjs';

const { values } = parseArgs({
  options: {
    headless: { type: 'boolean' },
    screenshot: { type: 'string' },
    'no-build': { type: 'boolean' },
  },
});
const root = resolve(import.meta.dirname, '..');
const extension = join(root, 'dist/chrome');

if (!values['no-build']) {
  execSync('npm run --silent build', { cwd: root, stdio: 'inherit' });
  execSync('npm run --silent build:fixtures', { cwd: root, stdio: 'inherit' });
}
const headless = values.headless || Boolean(values.screenshot);
if (!headless && !process.env.DISPLAY && !process.env.WAYLAND_DISPLAY) {
  console.error(
    'No display found: run `npm start -- --headless --screenshot DIR` to get screenshots instead.',
  );
  process.exit(2);
}

const server = await startServer();
const { context, close } = await launchChromium({ extensionDir: extension, headless });

/** The point of Maxim's badge at the field's corner, or null when it does not come within 30 s. */
async function waitForBadge(page, selector) {
  for (let i = 0; i < 300; i += 1) {
    const hit = await page.evaluate((sel) => {
      const rect = document.querySelector(sel).getBoundingClientRect();
      const hits = [];
      for (let dx = 4; dx <= 40; dx += 2) {
        for (let dy = 4; dy <= 30; dy += 2) {
          const el = document.elementFromPoint(rect.right - dx, rect.bottom - dy);
          if (el?.localName === 'maxim-ui') hits.push({ x: rect.right - dx, y: rect.bottom - dy });
        }
      }
      if (hits.length === 0) return null;
      // The middle of the badge.
      return {
        x: hits.reduce((s, h) => s + h.x, 0) / hits.length,
        y: hits.reduce((s, h) => s + h.y, 0) / hits.length,
      };
    }, selector);
    if (hit) return hit;
    await page.waitForTimeout(100);
  }
  return null;
}

const demos = demoPages(server);
const [blank] = context.pages();
for (const [i, demo] of demos.entries()) {
  const page = i === 0 && blank ? blank : await context.newPage();
  await page.goto(demo.url);
  await page.click(demo.field);
  await page.keyboard.press('End');
  await page.keyboard.type(demo.text, { delay: headless ? 0 : 15 });
  if (values.screenshot) {
    mkdirSync(values.screenshot, { recursive: true });
    // Wait until Maxim's badge sits at the field's corner (the first analysis compiles the
    // principles in the service worker), then click it so the card shows too.
    const badge = await waitForBadge(page, demo.field);
    if (badge) {
      await page.waitForTimeout(1000); // let the analysis of the finished text arrive
      await page.mouse.click(badge.x, badge.y);
      await page.waitForTimeout(500);
    } else console.warn(`no badge on the ${demo.name} demo page`);
    const file = join(values.screenshot, `demo-${demo.name}.png`);
    await page.screenshot({ path: file });
    console.log(`wrote ${file}`);
  }
}

if (headless) {
  await close();
  await server.close();
} else {
  console.log(
    `Maxim is loaded. Demo pages: ${demos.map((d) => d.url).join('  ')}\nClose the browser window to stop.`,
  );
  context.on('close', () => server.close().then(() => process.exit(0)));
}
