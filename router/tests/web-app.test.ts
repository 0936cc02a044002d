import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { readRouterConfig } from '../src/config';
import { startStack, type Stack } from './fixtures/start-stack';

/** A stand-in for Vite's output, beside a file that must never be served. */
function fakeBuild() {
  const root = mkdtempSync(join(tmpdir(), 'web-app-'));
  const dir = join(root, 'dist');
  mkdirSync(join(dir, 'assets'), { recursive: true });
  writeFileSync(join(dir, 'index.html'), '<!doctype html><title>app</title><div id="root"></div>');
  writeFileSync(join(dir, 'assets', 'app-abc123.js'), 'console.log("app");');
  writeFileSync(join(dir, 'assets', 'app-abc123.js.gz'), gzipSync('console.log("app");'));
  writeFileSync(join(dir, 'robots.txt'), 'User-agent: *\n');
  writeFileSync(join(dir, '.env'), 'SECRET=in-the-app-dir');
  writeFileSync(join(root, 'secret.txt'), 'outside the app dir');
  return { root, dir };
}

const INDEX = /<div id="root"><\/div>/;
const HTML = { accept: 'text/html,application/xhtml+xml' };

/** One raw request: fetch would normalise `..` away and decompress bodies. */
function raw(url: string, path: string, headers: Record<string, string> = {}, method = 'GET') {
  return new Promise<{ status: number; headers: Record<string, string | string[] | undefined>; body: string }>((done, fail) => {
    const { hostname, port } = new URL(url);
    // Options rather than a URL: a URL would have its `..` segments resolved before sending.
    const req = request({ hostname, port, path, method, headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => done({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks).toString('latin1') }));
    });
    req.on('error', fail);
    req.end();
  });
}

let stack: Stack;
let build: ReturnType<typeof fakeBuild>;
let origin: string;
beforeAll(async () => {
  build = fakeBuild();
  stack = await startStack({ webApp: { dir: build.dir, mapTiles: 'https://{s}.tiles.example.com/{z}/{x}/{y}.png' } });
  origin = stack.origin;
});
afterAll(async () => {
  await stack.stop();
  rmSync(build.root, { recursive: true, force: true });
});

describe('the web app at /', () => {
  it('answers GET / with index.html, revalidated each time', async () => {
    const res = await fetch(`${origin}/`, { headers: HTML });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/^text\/html/);
    expect(res.headers.get('cache-control')).toBe('no-cache');
    expect(await res.text()).toMatch(INDEX);
  });

  it("answers the app's own routes with index.html (a reload of /orders/123)", async () => {
    for (const path of ['/orders/123', '/kitchen', '/restaurants/r1/']) {
      const res = await fetch(`${origin}${path}`, { headers: HTML });
      expect(res.status).toBe(200);
      expect(await res.text()).toMatch(INDEX);
    }
  });

  it('serves a hashed asset as immutable, and a missing one as a real 404', async () => {
    const asset = await fetch(`${origin}/assets/app-abc123.js`);
    expect(asset.status).toBe(200);
    expect(asset.headers.get('content-type')).toMatch(/javascript/);
    expect(asset.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
    expect(await asset.text()).toBe('console.log("app");');

    for (const path of ['/assets/missing.js', '/assets/chunk', '/favicon.ico']) {
      const missing = await fetch(`${origin}${path}`, { headers: HTML });
      expect(missing.status).toBe(404);
      expect(await missing.text()).not.toMatch(INDEX);
    }
    expect((await fetch(`${origin}/robots.txt`)).headers.get('cache-control')).toBe('no-cache');
  });

  it("serves the build's gzip copy to clients that take gzip", async () => {
    const zipped = await raw(origin, '/assets/app-abc123.js', { 'accept-encoding': 'gzip' });
    expect(zipped.headers['content-encoding']).toBe('gzip');
    expect(zipped.headers['vary']).toMatch(/accept-encoding/i);
    const plain = await raw(origin, '/assets/app-abc123.js');
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(plain.body).toBe('console.log("app");');
  });

  it('answers an unknown path with a 404, not the app, for clients that do not take HTML', async () => {
    const res = await fetch(`${origin}/orders/123`, { headers: { accept: 'application/json' } });
    expect(res.status).toBe(404);
  });

  it('answers HEAD like GET, without a body', async () => {
    const res = await raw(origin, '/orders/123', HTML, 'HEAD');
    expect(res.status).toBe(200);
    expect(res.headers['content-type']).toMatch(/^text\/html/);
    expect(Number(res.headers['content-length'])).toBeGreaterThan(0);
    expect(res.body).toBe('');
  });

  it('puts a Content-Security-Policy and the other security headers on its pages', async () => {
    const res = await fetch(`${origin}/orders/123`, { headers: HTML });
    const csp = res.headers.get('content-security-policy') ?? '';
    expect(csp).toContain("default-src 'self'");
    expect(csp).toContain("script-src 'self'");
    expect(csp).toContain("connect-src 'self'");
    expect(csp).toContain("frame-ancestors 'none'");
    // The map's tiles (any subdomain of the configured template) and the app's own images.
    expect(csp).toMatch(/img-src 'self' data: blob: https:\/\/\*\.tiles\.example\.com(;|$)/);
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
    expect(res.headers.get('x-frame-options')).toBe('DENY');
    expect(res.headers.get('referrer-policy')).toBe('strict-origin-when-cross-origin');
  });

  it('refuses paths that climb out of the directory, and never serves dotfiles', async () => {
    for (const path of [
      '/..%2fsecret.txt',
      '/assets/..%2f..%2fsecret.txt',
      '/%2e%2e/secret.txt',
      '/../secret.txt',
      '/assets/..\\..\\secret.txt',
    ]) {
      const res = await raw(origin, path, HTML);
      expect({ path, status: res.status }).toEqual({ path, status: 400 });
      expect(res.body).not.toMatch(/outside the app dir/);
    }
    const dotfile = await raw(origin, '/.env');
    expect(dotfile.status).toBe(404);
    expect(dotfile.body).not.toMatch(/in-the-app-dir/);
  });

  it("leaves the router's own paths alone", async () => {
    expect((await fetch(`${origin}/health`)).status).toBe(200);
    expect((await fetch(`${origin}/ready`)).status).toBe(200);
    const api = await stack.post({ query: '{ users { name } }' });
    expect(api.json).toEqual({ data: { users: [{ name: 'Ada' }, { name: 'Grace' }] } });
    // A browser on /graphql gets the explorer (or how to build it), not the app.
    const explorer = await fetch(stack.url, { headers: HTML });
    expect(await explorer.text()).toMatch(/explorer/);
    for (const path of ['/explorer/missing.js', '/webhooks/payments', '/metrics']) {
      const res = await fetch(`${origin}${path}`, { headers: HTML });
      expect(await res.text()).not.toMatch(INDEX);
    }
  });

  it('answers /app-config.json with the map tiles of this deployment', async () => {
    const res = await fetch(`${origin}/app-config.json`);
    expect(res.status).toBe(200);
    expect(res.headers.get('cache-control')).toBe('no-cache');
    expect(await res.json()).toEqual({
      mapTiles: 'https://{s}.tiles.example.com/{z}/{x}/{y}.png',
      sandboxPayments: true,
      identityProvider: null,
    });
    // Vite's dev server, on another localhost port, reads it too.
    const dev = await fetch(`${origin}/app-config.json`, { headers: { origin: 'http://localhost:5173' } });
    expect(dev.headers.get('access-control-allow-origin')).toBe('http://localhost:5173');
  });
});

describe('without the web app', () => {
  it('shows the landing page at / with WEB_APP_DIR=off, and still answers /app-config.json', async () => {
    const { webApp } = readRouterConfig({ WEB_APP_DIR: 'off', WEB_MAP_TILES: 'off' });
    const { url } = await stack.startRouter({ webApp });
    const page = await fetch(new URL('/', url));
    expect(page.status).toBe(200);
    const html = await page.text();
    expect(html).not.toMatch(INDEX);
    expect(html).toContain('href="/ready"');
    expect((await fetch(new URL('/orders/123', url), { headers: HTML })).status).toBe(404);
    expect(await (await fetch(new URL('/app-config.json', url))).json()).toEqual({
      mapTiles: null,
      sandboxPayments: true,
      identityProvider: null,
    });
  });

  it('says when payments do not go through the sandbox, so the app hides its Pay button', async () => {
    const { url } = await stack.startRouter({ webApp: { sandboxPayments: false } });
    expect(await (await fetch(new URL('/app-config.json', url))).json()).toMatchObject({ sandboxPayments: false });
  });

  it('shows the landing page when the directory holds no build, and warns', async () => {
    const { url } = await stack.startRouter({ webApp: { dir: join(build.root, 'not-built') } });
    expect(await (await fetch(new URL('/', url))).text()).toContain('href="/ready"');
    expect(stack.routerLog.lines.some((l) => l.includes('the web app is not built'))).toBe(true);
  });
});
