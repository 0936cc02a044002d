import type { Logger } from '@foodgraph/platform/logging';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { extname, join, resolve } from 'node:path';

/** Where `router/explorer/build.mjs` puts the bundle (same path from `src/explorer` and `dist/explorer`). */
export const DEFAULT_EXPLORER_ASSETS = resolve(__dirname, '../../dist/explorer/assets');

/** Where the page loads its bundle from. */
export const EXPLORER_ASSET_PREFIX = '/explorer/';

const CONTENT_TYPES: Record<string, string> = {
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.ttf': 'font/ttf',
};

// Everything comes from this origin: the page, its code, workers and fonts, and the API
// (plus graphql-ws on the same host). Monaco injects inline styles and makes blob workers.
const CSP = [
  "default-src 'self'",
  "connect-src 'self' ws: wss:",
  "worker-src 'self' blob:",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data:",
  "font-src 'self' data:",
  "object-src 'none'",
  "base-uri 'none'",
  "frame-ancestors 'none'",
].join('; ');

const PAGE = `<!doctype html>
<html lang="en">
  <head>
    <meta charset="utf-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1" />
    <title>foodgraph explorer</title>
    <link rel="stylesheet" href="${EXPLORER_ASSET_PREFIX}explorer.css" />
    <style>html, body, #explorer { height: 100%; margin: 0; }</style>
  </head>
  <body>
    <div id="explorer"></div>
    <script type="module" src="${EXPLORER_ASSET_PREFIX}explorer.js"></script>
  </body>
</html>
`;

interface Asset {
  body: Buffer;
  gzip: Buffer | undefined;
  type: string;
}

/** The self-hosted explorer: the page on `GET /graphql` for browsers, its bundle under `/explorer/`. */
export interface ExplorerRoute {
  /** True for the requests this route answers. */
  handles(req: IncomingMessage, path: string): boolean;
  serve(req: IncomingMessage, res: ServerResponse, path: string): void;
}

/** A browser navigating to /graphql: a GET that asks for HTML rather than a GraphQL response. */
function wantsPage(req: IncomingMessage): boolean {
  const accept = req.headers.accept ?? '';
  return req.method === 'GET' && accept.includes('text/html');
}

/**
 * Serves the explorer bundle from memory (read once at start-up, with the pre-compressed
 * copies). Without a built bundle the page explains how to build it instead of failing.
 */
export function createExplorerRoute(logger: Logger, assetsDir = DEFAULT_EXPLORER_ASSETS): ExplorerRoute {
  const assets = new Map<string, Asset>();
  if (existsSync(assetsDir)) {
    for (const name of readdirSync(assetsDir)) {
      const type = CONTENT_TYPES[extname(name)];
      if (type === undefined) continue;
      const gz = join(assetsDir, `${name}.gz`);
      assets.set(name, { body: readFileSync(join(assetsDir, name)), gzip: existsSync(gz) ? readFileSync(gz) : undefined, type });
    }
  }
  const built = assets.has('explorer.js');
  if (!built)
    logger.warn({ assetsDir }, 'the explorer is not built (npm run build -w @foodgraph/router); GET /graphql shows how to build it');

  function send(req: IncomingMessage, res: ServerResponse, status: number, headers: Record<string, string>, body: Buffer | string) {
    res.writeHead(status, { 'x-content-type-options': 'nosniff', ...headers, 'content-length': String(Buffer.byteLength(body)) });
    res.end(req.method === 'HEAD' ? undefined : body);
  }

  return {
    handles(req, path) {
      if (path === '/graphql') return wantsPage(req);
      return (req.method === 'GET' || req.method === 'HEAD') && path.startsWith(EXPLORER_ASSET_PREFIX);
    },
    serve(req, res, path) {
      if (path === '/graphql') {
        if (!built) {
          send(
            req,
            res,
            503,
            { 'content-type': 'text/plain; charset=utf-8' },
            'The explorer is not built: run `npm run build -w @foodgraph/router`.\n',
          );
          return;
        }
        send(
          req,
          res,
          200,
          { 'content-type': 'text/html; charset=utf-8', 'content-security-policy': CSP, 'cache-control': 'no-cache' },
          PAGE,
        );
        return;
      }
      const asset = assets.get(path.slice(EXPLORER_ASSET_PREFIX.length));
      if (!asset) {
        send(req, res, 404, { 'content-type': 'text/plain; charset=utf-8' }, 'not found\n');
        return;
      }
      const gzip = asset.gzip !== undefined && /\bgzip\b/.test(String(req.headers['accept-encoding'] ?? ''));
      const headers: Record<string, string> = {
        'content-type': asset.type,
        'cache-control': 'public, max-age=300',
        vary: 'accept-encoding',
      };
      if (gzip) headers['content-encoding'] = 'gzip';
      send(req, res, 200, headers, gzip ? (asset.gzip as Buffer) : asset.body);
    },
  };
}
