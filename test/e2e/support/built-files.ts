/** The files of a built extension, and a page's attempts to reach them. */
import { readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';

/** Every file of a build, as paths relative to its root (`content/index.js`, `src/popup/index.html`). */
export function builtFiles(dir: string): string[] {
  const out: string[] = [];
  const walk = (at: string) => {
    for (const name of readdirSync(at)) {
      const path = join(at, name);
      if (statSync(path).isDirectory()) walk(path);
      else out.push(relative(dir, path));
    }
  };
  walk(dir);
  return out.sort();
}

/**
 * Runs in a web page: tries to read each URL with fetch and to load it as a script, and returns
 * the URLs where either worked. A page that could do so could detect Maxim.
 */
export async function reachableFromPage(urls: string[]): Promise<string[]> {
  const reached: string[] = [];
  for (const url of urls) {
    // A page's own fetch, probing the extension's files: the very request Maxim must not answer.
    // eslint-disable-next-line no-restricted-globals
    const fetched = await fetch(url).then(
      () => true,
      () => false,
    );
    const loaded = await new Promise<boolean>((done) => {
      const script = document.createElement('script');
      script.src = url;
      script.onload = () => done(true);
      script.onerror = () => done(false);
      document.head.append(script);
    });
    if (fetched || loaded) reached.push(url);
  }
  return reached;
}
