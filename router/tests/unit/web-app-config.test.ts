import { ConfigError } from '@foodgraph/platform/config';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DEFAULT_WEB_APP_DIR, readRouterConfig } from '../../src/config';
import { DEFAULT_MAP_TILES, mapTileSource, webAppContentSecurityPolicy } from '../../src/http/web-app-policy';

let built: string;
beforeAll(() => {
  built = mkdtempSync(join(tmpdir(), 'web-app-config-'));
  writeFileSync(join(built, 'index.html'), '<!doctype html>');
});
afterAll(() => rmSync(built, { recursive: true, force: true }));

describe('WEB_APP_DIR and WEB_MAP_TILES', () => {
  it("defaults to the repository's web/dist when it is built, and to OpenStreetMap's tiles", () => {
    expect(DEFAULT_WEB_APP_DIR).toMatch(/\/web\/dist$/);
    const { webApp } = readRouterConfig({});
    expect(webApp?.mapTiles).toBe(DEFAULT_MAP_TILES);
    expect([DEFAULT_WEB_APP_DIR, undefined]).toContain(webApp?.dir);
  });

  it('serves a directory named explicitly, and nothing with off', () => {
    expect(readRouterConfig({ WEB_APP_DIR: built }).webApp?.dir).toBe(built);
    expect(readRouterConfig({ WEB_APP_DIR: 'off' }).webApp?.dir).toBeUndefined();
  });

  it('refuses a directory named explicitly that holds no built app', () => {
    const missing = join(built, 'nothing-here');
    expect(() => readRouterConfig({ WEB_APP_DIR: missing })).toThrow(ConfigError);
    expect(() => readRouterConfig({ WEB_APP_DIR: missing })).toThrow(/WEB_APP_DIR has no index\.html/);
  });

  it('takes a tile template, off for none, and refuses what is not one', () => {
    const osm = 'https://{s}.tile.openstreetmap.org/{z}/{x}/{y}.png';
    expect(readRouterConfig({ WEB_MAP_TILES: osm }).webApp?.mapTiles).toBe(osm);
    expect(readRouterConfig({ WEB_MAP_TILES: 'off' }).webApp?.mapTiles).toBeNull();
    for (const bad of [
      'tiles',
      'ftp://tiles.example.com/{z}/{x}/{y}.png',
      'https://tiles.example.com/{z}/{x}.png',
      'https://a{s}.example.com/{z}/{x}/{y}.png',
    ])
      expect(() => readRouterConfig({ WEB_MAP_TILES: bad })).toThrow(/WEB_MAP_TILES/);
  });
});

describe('PAYMENT_PROVIDER', () => {
  it('tells the app about sandbox payments, read as the orders subgraph reads it', () => {
    expect(readRouterConfig({}).webApp?.sandboxPayments).toBe(true);
    expect(readRouterConfig({ PAYMENT_PROVIDER: 'sandbox', WEB_MAP_TILES: 'off' }).webApp?.sandboxPayments).toBe(true);
    // The router refuses what orders refuses, so the two never start with different providers.
    expect(() => readRouterConfig({ PAYMENT_PROVIDER: 'cash-in-hand' })).toThrow(/PAYMENT_PROVIDER must be one of sandbox/);
  });
});

describe('the CSP source of the map tiles', () => {
  it("is the template's origin, with a {s} subdomain as a wildcard", () => {
    expect(mapTileSource(DEFAULT_MAP_TILES)).toEqual({ source: 'https://tile.openstreetmap.org' });
    expect(mapTileSource('https://{s}.tile.example.com/{z}/{x}/{y}{r}.png')).toEqual({ source: 'https://*.tile.example.com' });
    expect(mapTileSource('http://localhost:8080/{z}/{x}/{-y}.png')).toEqual({ source: 'http://localhost:8080' });
  });

  it('is allowed for images only, and left out when tiles are off', () => {
    const csp = webAppContentSecurityPolicy('https://tile.example.com');
    expect(csp).toContain("img-src 'self' data: blob: https://tile.example.com;");
    expect(csp).toContain("connect-src 'self';");
    expect(webAppContentSecurityPolicy(undefined)).toContain("img-src 'self' data: blob:;");
  });

  it("lets the app reach the identity provider's origin only when one is offered", () => {
    expect(webAppContentSecurityPolicy(undefined, ['https://id.example.com'])).toContain("connect-src 'self' https://id.example.com;");
    expect(webAppContentSecurityPolicy(undefined, [])).toContain("connect-src 'self';");
  });
});
