import { ErrorCode } from '@foodgraph/platform/errors';
import { sendJson } from '@foodgraph/platform/http';
import type { IncomingMessage, ServerResponse } from 'node:http';

/** Browser apps on other origins allowed to call `/graphql` (`RouterOptions.cors`). */
export interface CorsOptions {
  /**
   * Exact origins (`https://app.example.com`), `*` for any origin (never in production: with
   * credentials it would let every site act as its visitors), or `loopback` for any
   * `http(s)://localhost:<port>` / `127.0.0.1:<port>` / `[::1]:<port>` origin.
   * @default ['loopback'] unless NODE_ENV is production, where none
   */
  origins?: readonly string[];
}

/** The special entries of `CorsOptions.origins`. */
export const ANY_ORIGIN = '*';
export const LOOPBACK_ORIGINS = 'loopback';

const LOOPBACK = /^https?:\/\/(?:localhost|127\.0\.0\.1|\[::1\])(?::\d{1,5})?$/;
/** What a preflight may ask for; the browser sends the method it wants in `Access-Control-Request-Method`. */
const METHODS = 'GET, POST, OPTIONS';
/** Response headers a browser app may read besides the CORS-safelisted ones. */
const EXPOSED = 'x-request-id, retry-after, www-authenticate';
/** How long a browser may reuse a preflight answer, in seconds. */
const MAX_AGE = '600';

/** Why `origin` is not an entry `CorsOptions.origins` accepts, or undefined when it is. */
export function corsOriginProblem(origin: string): string | undefined {
  if (origin === ANY_ORIGIN || origin === LOOPBACK_ORIGINS) return undefined;
  let url: URL;
  try {
    url = new URL(origin);
  } catch {
    return `"${origin}" is not an origin like https://app.example.com`;
  }
  if ((url.protocol !== 'http:' && url.protocol !== 'https:') || url.origin !== origin)
    return `"${origin}" is not an origin like https://app.example.com (scheme, host and port only)`;
  return undefined;
}

/** CORS for `/graphql`: preflights answered here, allowed origins stamped on the real requests. */
export interface Cors {
  /**
   * Answers a CORS preflight (`OPTIONS` with `Origin` and `Access-Control-Request-Method`) and
   * returns true; for any other request adds the CORS headers its origin earns (none for an
   * origin not allowed) and returns false, leaving the request — and its CSRF check — to GraphQL.
   */
  handle(req: IncomingMessage, res: ServerResponse): boolean;
}

/**
 * The allow-list. A preflight never reaches Apollo: its CSRF prevention would refuse it (an
 * OPTIONS request carries none of its headers), so browsers on allowed origins could never
 * send the request that follows. Everything else still goes through that CSRF check: a
 * cross-site request a browser sends without a preflight gets no CORS headers and stays refused.
 */
export function createCors(options: CorsOptions): Cors {
  const origins = new Set(options.origins ?? []);
  const any = origins.has(ANY_ORIGIN);
  const loopback = origins.has(LOOPBACK_ORIGINS);
  const allowed = (origin: string) => any || origins.has(origin) || (loopback && LOOPBACK.test(origin));

  return {
    handle(req, res) {
      const origin = req.headers.origin;
      const preflight = req.method === 'OPTIONS' && origin !== undefined && req.headers['access-control-request-method'] !== undefined;
      // The answer depends on Origin, so shared caches must key on it.
      res.setHeader('vary', 'Origin');
      if (origin === undefined) return false;
      if (!allowed(origin)) {
        if (!preflight) return false;
        sendJson(res, 403, { errors: [{ message: 'This origin may not call the API', extensions: { code: ErrorCode.Forbidden } }] });
        return true;
      }
      // The origin itself, never `*`: credentials (cookies, Authorization) are allowed.
      res.setHeader('access-control-allow-origin', origin);
      res.setHeader('access-control-allow-credentials', 'true');
      if (!preflight) {
        res.setHeader('access-control-expose-headers', EXPOSED);
        return false;
      }
      res.setHeader('vary', 'Origin, Access-Control-Request-Method, Access-Control-Request-Headers');
      res.setHeader('access-control-allow-methods', METHODS);
      const asked = req.headers['access-control-request-headers'];
      if (asked) res.setHeader('access-control-allow-headers', asked);
      res.setHeader('access-control-max-age', MAX_AGE);
      res.writeHead(204).end();
      return true;
    },
  };
}
