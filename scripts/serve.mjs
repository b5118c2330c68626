// The local demo and fixture server. It serves test/fixtures/demo at /demo/ and the built editor
// fixtures (dist/fixtures) at /fixtures/ over HTTPS with a self-signed certificate, so a test or
// demo browser can open them under the known hosts' names (see DEMO_HOSTS and browserHostArgs):
// the browser maps those names to this machine, and Maxim runs there as it would on the real sites.
// `node scripts/serve.mjs [--port N]` runs it standalone.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, statSync } from 'node:fs';
import { createServer } from 'node:https';
import { extname, join, normalize, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(fileURLToPath(import.meta.url), '../..');

/** Host names the demo pages are opened under; the browser resolves them to 127.0.0.1. */
export const DEMO_HOSTS = {
  /** A known email host: Maxim is on by default. */
  email: 'mail.google.com',
  /** A known CRM host (any subdomain of my.salesforce.com). */
  crm: 'demo.my.salesforce.com',
  /** A site that is not known: Maxim stays off until the rep turns it on. */
  other: 'shop.example.test',
};

const MOUNTS = {
  '/demo/': join(root, 'test/fixtures/demo'),
  '/fixtures/': join(root, 'dist/fixtures'),
};
const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.ttf': 'font/ttf',
  '.gif': 'image/gif',
  '.ico': 'image/x-icon',
};

/** A self-signed certificate for the demo hosts, made once with openssl and kept in node_modules/.cache. */
function certificate() {
  const dir = join(root, 'node_modules/.cache/maxim-demo-cert');
  const key = join(dir, 'key.pem');
  const cert = join(dir, 'cert.pem');
  if (!existsSync(cert)) {
    mkdirSync(dir, { recursive: true });
    const names = [...Object.values(DEMO_HOSTS), 'localhost'].map((h) => `DNS:${h}`).join(',');
    execFileSync(
      'openssl',
      [
        'req',
        '-x509',
        '-newkey',
        'rsa:2048',
        '-nodes',
        '-keyout',
        key,
        '-out',
        cert,
        '-days',
        '3650',
        '-subj',
        '/CN=Maxim demo',
        '-addext',
        `subjectAltName=${names},IP:127.0.0.1`,
      ],
      { stdio: 'ignore' },
    );
  }
  return { key: readFileSync(key), cert: readFileSync(cert) };
}

/** The file a request path maps to, or null (outside the mounts, or missing). */
function fileFor(urlPath) {
  for (const [prefix, dir] of Object.entries(MOUNTS)) {
    if (!urlPath.startsWith(prefix)) continue;
    let file = normalize(join(dir, decodeURIComponent(urlPath.slice(prefix.length))));
    if (!file.startsWith(dir)) return null;
    if (existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
    return existsSync(file) ? file : null;
  }
  return null;
}

/**
 * Fixture pages served with a strict Content Security Policy, as a locked-down web app would be: no
 * inline scripts or styles, nothing from elsewhere. Maxim must work there without breaking it.
 */
const STRICT_CSP_PAGES = new Set(['/fixtures/hostile.html', '/fixtures/huge.html']);
const STRICT_CSP =
  "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; object-src 'none'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";

const INDEX = `<!doctype html><meta charset="utf-8"><title>Maxim demo</title>
<h1>Maxim demo pages</h1><ul><li><a href="/demo/email.html">Email compose</a></li>
<li><a href="/demo/crm.html">CRM record</a></li><li><a href="/fixtures/">Editor fixtures</a></li></ul>`;

/** Starts the server on 127.0.0.1 and ::1 (port 0 picks a free one); resolves with its port and a close(). */
export async function startServer({ port = 0 } = {}) {
  const server = createServer(certificate(), (req, res) => {
    const path = new URL(req.url ?? '/', 'https://x').pathname;
    if (path === '/favicon.ico') {
      res.writeHead(204).end();
      return;
    }
    if (path === '/') {
      res.writeHead(200, { 'content-type': TYPES['.html'] }).end(INDEX);
      return;
    }
    const file = fileFor(path);
    if (!file) {
      res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
      return;
    }
    res.writeHead(200, {
      'content-type': TYPES[extname(file)] ?? 'application/octet-stream',
      'cache-control': 'no-store',
      ...(STRICT_CSP_PAGES.has(path) ? { 'content-security-policy': STRICT_CSP } : {}),
    });
    res.end(readFileSync(file));
  });
  await new Promise((ok, fail) =>
    server.once('error', fail).listen({ port, host: '::', ipv6Only: false }, ok),
  );
  const actualPort = server.address().port;
  return {
    port: actualPort,
    /** The https URL of a path under one of the demo hosts. */
    url: (host, path) => `https://${host}:${actualPort}${path}`,
    close: () => new Promise((ok) => server.close(() => ok())),
  };
}

/** Chromium flags that resolve the demo hosts to this machine and accept the demo certificate. */
export function chromiumHostArgs() {
  const rules = Object.values(DEMO_HOSTS)
    .map((h) => `MAP ${h} 127.0.0.1`)
    .join(',');
  return [`--host-resolver-rules=${rules}`, '--ignore-certificate-errors'];
}

/** Firefox preferences that resolve the demo hosts to this machine. */
export function firefoxHostPrefs() {
  return {
    'network.dns.localDomains': Object.values(DEMO_HOSTS).join(','),
    'network.proxy.type': 0,
  };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const portArg = process.argv.indexOf('--port');
  const server = await startServer({
    port: portArg > 0 ? Number(process.argv[portArg + 1]) : 8443,
  });
  console.log(
    `Maxim demo server on port ${server.port}; open ${server.url(DEMO_HOSTS.email, '/demo/email.html')} in a browser started with:`,
  );
  console.log(
    chromiumHostArgs()
      .map((a) => `  ${a}`)
      .join('\n'),
  );
}
