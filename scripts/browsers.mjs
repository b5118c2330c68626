// Finds Debian's Chromium and Firefox ESR (or CHROME_PATH / FIREFOX_PATH); fails with one clear line.
import { existsSync } from 'node:fs';

const CANDIDATES = {
  chromium: [
    process.env.CHROME_PATH,
    '/usr/bin/chromium',
    '/usr/bin/chromium-browser',
    '/usr/bin/google-chrome',
  ],
  firefox: [process.env.FIREFOX_PATH, '/usr/bin/firefox-esr', '/usr/bin/firefox'],
};
const INSTALL_HINT = {
  chromium:
    'Chromium not found: install it with `sudo apt-get install chromium` or set CHROME_PATH.',
  firefox:
    'Firefox not found: install it with `sudo apt-get install firefox-esr` or set FIREFOX_PATH.',
};

/** The path of the browser's executable; throws one clear line saying how to install it. */
export function browserPath(name) {
  const found = CANDIDATES[name].find((p) => p && existsSync(p));
  if (!found) throw new Error(INSTALL_HINT[name]);
  return found;
}
