import { existsSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { readRouterConfig } from '../src/config';
import { startStack, type Stack } from './fixtures/start-stack';

let stack: Stack;
beforeAll(async () => {
  stack = await startStack();
});
afterAll(async () => {
  await stack.stop();
});

const DEV_APP = 'http://localhost:5173';
const QUERY = JSON.stringify({ query: '{ whoami { identity } }' });

function preflight(url: string, origin: string, headers = 'content-type, authorization') {
  return fetch(url, {
    method: 'OPTIONS',
    headers: { origin, 'access-control-request-method': 'POST', 'access-control-request-headers': headers },
  });
}

/** A credentialed POST as a browser sends it after the preflight. */
function credentialedPost(url: string, origin: string, token: string) {
  return fetch(url, {
    method: 'POST',
    headers: { origin, 'content-type': 'application/json', authorization: `Bearer ${token}`, cookie: 'session=1' },
    body: QUERY,
  });
}

describe('CORS by default outside production', () => {
  it('answers a preflight from a localhost origin before the CSRF check', async () => {
    const res = await preflight(stack.url, DEV_APP);
    expect(res.status).toBe(204);
    expect(res.headers.get('access-control-allow-origin')).toBe(DEV_APP);
    expect(res.headers.get('access-control-allow-credentials')).toBe('true');
    expect(res.headers.get('access-control-allow-methods')).toMatch(/POST/);
    expect(res.headers.get('access-control-allow-headers')).toBe('content-type, authorization');
    expect(res.headers.get('vary')).toMatch(/Origin/);
  });

  it('lets that origin read the answer of a credentialed request', async () => {
    const res = await credentialedPost(stack.url, 'http://127.0.0.1:3000', stack.token({ sub: 'u7' }));
    expect(res.status).toBe(200);
    expect(res.headers.get('access-control-allow-origin')).toBe('http://127.0.0.1:3000');
    expect(res.headers.get('access-control-allow-credentials')).toBe('true');
    expect(res.headers.get('access-control-expose-headers')).toMatch(/x-request-id/);
    const body = (await res.json()) as { data: { whoami: { identity: string } } };
    expect(JSON.parse(body.data.whoami.identity)).toMatchObject({ userId: 'u7' });
  });

  it('refuses a preflight from any other origin, and grants it nothing', async () => {
    const res = await preflight(stack.url, 'https://evil.example');
    expect(res.status).toBe(403);
    expect(res.headers.get('access-control-allow-origin')).toBeNull();
    const post = await credentialedPost(stack.url, 'https://evil.example', stack.token());
    expect(post.headers.get('access-control-allow-origin')).toBeNull();
  });

  it('keeps CSRF prevention for requests a browser sends without a preflight, from any origin', async () => {
    for (const origin of [DEV_APP, 'https://evil.example']) {
      const res = await fetch(stack.url, { method: 'POST', headers: { origin, 'content-type': 'text/plain' }, body: QUERY });
      expect(res.status).toBe(400);
      expect(await res.text()).toMatch(/CSRF/);
    }
  });
});

describe('CORS allow-lists', () => {
  it('allows exactly the listed origins', async () => {
    const { url } = await stack.startRouter({ cors: { origins: ['https://app.example.com'] } });
    expect((await preflight(url, 'https://app.example.com')).status).toBe(204);
    expect((await preflight(url, DEV_APP)).status).toBe(403);
    expect((await preflight(url, 'https://app.example.com.evil.example')).status).toBe(403);
  });

  it('allows any origin with *, still naming it rather than answering *', async () => {
    const { url } = await stack.startRouter({ cors: { origins: ['*'] } });
    const res = await preflight(url, 'https://anywhere.example');
    expect(res.status).toBe(204);
    expect(res.headers.get('access-control-allow-origin')).toBe('https://anywhere.example');
  });

  it('allows no origin by default in production', async () => {
    const before = process.env['NODE_ENV'];
    process.env['NODE_ENV'] = 'production';
    let url: string;
    try {
      ({ url } = await stack.startRouter({ explorer: false, introspection: false }));
    } finally {
      process.env['NODE_ENV'] = before;
    }
    expect((await preflight(url, DEV_APP)).status).toBe(403);
  });
});

describe('CORS_ORIGINS', () => {
  const SECRET = 'x'.repeat(32);
  const read = (env: Record<string, string>) => readRouterConfig({ ROUTER_SIGNING_SECRET: SECRET, ...env }).cors?.origins;

  it('is a comma-separated list of origins', () => {
    expect(read({ CORS_ORIGINS: 'https://a.example, http://b.example:8080' })).toEqual(['https://a.example', 'http://b.example:8080']);
  });

  it('defaults to localhost origins outside production and to none in production', () => {
    expect(read({})).toEqual(['loopback']);
    expect(read({ NODE_ENV: 'production' })).toEqual([]);
  });

  it('refuses * in production, and anything that is not an origin', () => {
    expect(read({ CORS_ORIGINS: '*' })).toEqual(['*']);
    expect(() => read({ CORS_ORIGINS: '*', NODE_ENV: 'production' })).toThrow(/CORS_ORIGINS/);
    expect(() => read({ CORS_ORIGINS: 'https://a.example/app' })).toThrow(/CORS_ORIGINS/);
    expect(() => read({ CORS_ORIGINS: 'a.example' })).toThrow(/CORS_ORIGINS/);
  });
});

const CHROMIUM = process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium';

// A real browser enforces what the headers above only promise: a page on another origin
// calls the API with credentials, or is blocked.
(existsSync(CHROMIUM) ? describe : describe.skip)('a browser app on another origin', () => {
  let app: Server;
  let appOrigin: string;
  beforeAll(async () => {
    app = createServer((_req, res) => res.writeHead(200, { 'content-type': 'text/html' }).end('<!doctype html><title>app</title>'));
    await new Promise<void>((r) => app.listen(0, '127.0.0.1', r));
    appOrigin = `http://localhost:${(app.address() as AddressInfo).port}`;
  });
  afterAll(async () => {
    await new Promise((r) => app.close(r));
  });

  async function callFromPage(apiUrl: string, token: string): Promise<string> {
    const { openHeadlessChromium } = await import('./fixtures/headless-chromium');
    const browser = await openHeadlessChromium();
    try {
      await browser.page.goto(appOrigin);
      return await browser.page.evaluate(
        async ({ apiUrl, token, body }) => {
          try {
            const res = await fetch(apiUrl, {
              method: 'POST',
              credentials: 'include',
              headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
              body,
            });
            return `${res.status} ${await res.text()}`;
          } catch (err) {
            return `blocked: ${String(err)}`;
          }
        },
        { apiUrl, token, body: QUERY },
      );
    } finally {
      await browser.close();
    }
  }

  it('calls the API with credentials from a localhost dev server', async () => {
    const answer = await callFromPage(stack.url, stack.token({ sub: 'u9' }));
    expect(answer).toMatch(/^200 /);
    expect(answer).toContain('u9');
  });

  it('is blocked when its origin is not allowed', async () => {
    const { url } = await stack.startRouter({ cors: { origins: ['https://app.example.com'] } });
    expect(await callFromPage(url, stack.token())).toMatch(/^blocked: TypeError/);
  });
});
