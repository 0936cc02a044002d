import { sendJson } from '@foodgraph/platform/http';
import type { Logger } from '@foodgraph/platform/logging';
import { existsSync } from 'node:fs';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { join } from 'node:path';
import sirv from 'sirv';
import { DEFAULT_MAP_TILES, mapTileSource, WEB_APP_HEADERS, webAppContentSecurityPolicy } from './web-app-policy';

/** `RouterOptions.webApp`: the web app served at `/`. */
export interface WebAppOptions {
  /**
   * The built app (`index.html` and `assets/`), e.g. the repository's `web/dist`. Without an
   * `index.html` there, `/` shows the router's landing page instead.
   * @default none: `/` shows the landing page
   */
  dir?: string | undefined;
  /**
   * Tile URL template of the app's map (`https://tile.example.com/{z}/{x}/{y}.png`), handed to
   * the app by `GET /app-config.json` and allowed by its Content-Security-Policy; `null` = no
   * tiles, the map draws on a plain background.
   * @default DEFAULT_MAP_TILES
   */
  mapTiles?: string | null;
  /**
   * Whether payments go through the sandbox provider, handed to the app by `GET /app-config.json`
   * so it offers the sandbox's "Pay" button only where that works (`PAYMENT_PROVIDER`).
   * @default true, as the sandbox is the default provider
   */
  sandboxPayments?: boolean;
  /**
   * Origins the app may fetch from besides its own, for its Content-Security-Policy: the OIDC
   * issuer's when "Sign in with <provider>" is offered.
   * @default none
   */
  connectSources?: readonly string[];
}

/** The app's static files on every path the router does not use itself. */
export interface WebApp {
  /** True for the requests the app answers: GET or HEAD of a path that is not the router's. */
  handles(method: string | undefined, path: string): boolean;
  serve(req: IncomingMessage, res: ServerResponse, path: string): void;
}

/** The router's own paths: never answered by the app, not even with its `index.html`. */
const ROUTER_PATHS = new Set(['/graphql', '/health', '/ready', '/metrics', '/app-config.json']);
const ROUTER_PREFIXES = ['/explorer/', '/webhooks/'];
/** Vite's output for hashed files: a new build gives a file a new name, so it never changes. */
const HASHED_PREFIX = '/assets/';
const IMMUTABLE = 'public, max-age=31536000, immutable';
/** `index.html` and unhashed files: revalidated each time (cheap: ETag), so a deploy shows at once. */
const REVALIDATE = 'no-cache';

/**
 * A path that climbs out of the directory (`..` segments, also percent-encoded), hides a
 * separator in an escape (`%2f`, `%5c`), or holds a NUL. sirv serves only the files it listed
 * at start-up, so none of these could reach another file; refusing them outright keeps them
 * from getting `index.html` as if they were pages.
 */
function suspicious(path: string): boolean {
  if (/%(2f|5c|00)/i.test(path) || path.includes('\\')) return true;
  let decoded: string;
  try {
    decoded = decodeURIComponent(path);
  } catch {
    return true;
  }
  return decoded.split('/').some((segment) => segment === '..' || segment === '.') || decoded.includes('\0');
}

/**
 * A page the app routes itself (`/orders/123`): no file extension, outside `/assets/`, from a
 * client that takes HTML. A missing script or image stays a 404 rather than an HTML page the
 * browser would try to run as one.
 */
function isNavigation(req: IncomingMessage, path: string): boolean {
  if (path.startsWith(HASHED_PREFIX) || /\.[^/]*$/.test(path)) return false;
  const accept = req.headers.accept;
  return accept === undefined || accept.includes('text/html') || accept.includes('*/*');
}

/** The CSP source of the map tiles (none when they are off); a bad template is a programming error here, as the config checks it. */
function tileSourceOf(mapTiles: string | null | undefined): string | undefined {
  const tiles = mapTiles === null ? undefined : mapTileSource(mapTiles ?? DEFAULT_MAP_TILES);
  if (tiles && 'problem' in tiles) throw new Error(`webApp.mapTiles: ${tiles.problem}`);
  return tiles?.source;
}

/**
 * Serves the built app with sirv (a well-kept static server: ETags, ranges, the build's
 * pre-compressed `.br`/`.gz` files, dotfiles hidden, and only the files it listed at start-up,
 * so no path reaches outside the directory). Unknown navigations get `index.html`: the app's
 * router shows the page. Returns undefined when `dir` holds no `index.html` (not built yet).
 */
export function createWebApp(options: WebAppOptions, logger: Logger): WebApp | undefined {
  const { dir } = options;
  if (dir === undefined) return undefined;
  if (!existsSync(join(dir, 'index.html'))) {
    logger.warn({ dir }, 'the web app is not built (npm run build -w web): GET / shows the landing page');
    return undefined;
  }
  const csp = webAppContentSecurityPolicy(tileSourceOf(options.mapTiles), options.connectSources);
  const files = sirv(dir, {
    etag: true,
    gzip: true,
    brotli: true,
    setHeaders(res, pathname) {
      res.setHeader('cache-control', pathname.startsWith(HASHED_PREFIX) ? IMMUTABLE : REVALIDATE);
      res.setHeader('content-security-policy', csp);
      for (const [name, value] of Object.entries(WEB_APP_HEADERS)) res.setHeader(name, value);
    },
  });
  const notFound = (res: ServerResponse) => sendJson(res, 404, { error: 'not found' }, WEB_APP_HEADERS);

  return {
    handles(method, path) {
      if (method !== 'GET' && method !== 'HEAD') return false;
      return !ROUTER_PATHS.has(path) && !ROUTER_PREFIXES.some((prefix) => path.startsWith(prefix));
    },
    serve(req, res, path) {
      if (suspicious(path)) {
        sendJson(res, 400, { error: 'bad path' }, WEB_APP_HEADERS);
        return;
      }
      files(req, res, () => {
        if (!isNavigation(req, path)) return notFound(res);
        // sirv reads the path from req.url as it is called, so `/` is looked up (its index.html)
        // and the original URL is back before anything (the request log) reads it again.
        const url = req.url;
        req.url = '/';
        files(req, res, () => notFound(res));
        req.url = url;
      });
    },
  };
}
