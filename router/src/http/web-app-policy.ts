/** OpenStreetMap's own tile server: fine for a demo, not for heavy use (its tile usage policy). */
export const DEFAULT_MAP_TILES = 'https://tile.openstreetmap.org/{z}/{x}/{y}.png';

/** `{z}`, `{x}`, `{y}` and the other Leaflet placeholders, for checking a template as a URL. */
const PLACEHOLDER = /\{-?[a-z]+\}/g;

/**
 * The CSP source a tile URL template loads from (`https://tile.example.com`), or a problem
 * that names what is wrong with it. Leaflet's `{s}` subdomain placeholder, as the leftmost
 * label of the host, becomes CSP's `*.` wildcard.
 */
export function mapTileSource(template: string): { source: string } | { problem: string } {
  const host = /^[a-z]+:\/\/([^/?#]*)/i.exec(template)?.[1] ?? '';
  const wildcard = host.startsWith('{s}.');
  if (host.slice(wildcard ? 4 : 0).includes('{')) return { problem: `"${template}": a placeholder in the host may only be a leading {s}.` };
  let url: URL;
  try {
    url = new URL(template.replace(PLACEHOLDER, '0'));
  } catch {
    return { problem: `"${template}" is not a URL template like ${DEFAULT_MAP_TILES}` };
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return { problem: `"${template}" is not an http(s) URL` };
  // `{-y}` is Leaflet's y counted from the bottom (TMS servers).
  if (!/\{z\}/.test(template) || !/\{x\}/.test(template) || !/\{-?y\}/.test(template))
    return { problem: `"${template}" lacks one of {z}, {x} and {y}` };
  // `url.origin` of the substituted host reads `https://0.tile.example.com`; the wildcard keeps every subdomain.
  return { source: wildcard ? `${url.protocol}//*.${url.host.slice(url.host.indexOf('.') + 1)}` : url.origin };
}

/**
 * The app's Content-Security-Policy. A Vite production build has no inline script, so scripts
 * come from this origin only. Styles allow inline ones: Leaflet writes `style` attributes into
 * the markers' HTML. The API (HTTP and graphql-ws) is on this origin: CSP 3 lets `'self'`
 * match `wss:`/`ws:` of the same host. Images: this origin, the map tiles' origin, and
 * `data:`/`blob:` (Leaflet's icons, the payment QR code). Connections: this origin, plus the
 * identity provider's origin when the app offers "Sign in with <provider>" (its discovery
 * document and token endpoint are fetched from the browser in the PKCE flow).
 */
export function webAppContentSecurityPolicy(tileSource: string | undefined, connectSources: readonly string[] = []): string {
  return [
    "default-src 'self'",
    "script-src 'self'",
    "style-src 'self' 'unsafe-inline'",
    `img-src 'self' data: blob:${tileSource ? ` ${tileSource}` : ''}`,
    "font-src 'self' data:",
    ["connect-src 'self'", ...connectSources].join(' '),
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join('; ');
}

/** Headers on every file of the app, besides its Content-Security-Policy. */
export const WEB_APP_HEADERS: Readonly<Record<string, string>> = {
  'x-content-type-options': 'nosniff',
  // Older browsers ignore CSP's frame-ancestors; both say "never in a frame" (clickjacking).
  'x-frame-options': 'DENY',
  // Order ids in paths (`/orders/<id>`) stay on this origin.
  'referrer-policy': 'strict-origin-when-cross-origin',
};
