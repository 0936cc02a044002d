import type { ServerResponse } from 'node:http';

/**
 * `GET /` when the web app is not served (not built, or `WEB_APP_DIR=off`): a short page pointing at what the router offers,
 * rather than a bare 404 that reads like a broken deployment. Static, so no script and no
 * other origin (`default-src 'none'`).
 */
function landingPage(explorer: boolean): string {
  const graphql = explorer
    ? '<li><a href="/graphql">/graphql</a> — the GraphQL API; open it in a browser for the explorer</li>'
    : '<li><code>/graphql</code> — the GraphQL API (POST, or GET for queries)</li>';
  return `<!doctype html>
<html lang="en">
  <head>
    <meta charset="utf-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1" />
    <title>foodgraph</title>
  </head>
  <body>
    <h1>foodgraph</h1>
    <p>This is the foodgraph API router. The web app is not served here (build it with <code>npm run build -w web</code>).</p>
    <ul>
      ${graphql}
      <li><a href="/health">/health</a> — up</li>
      <li><a href="/ready">/ready</a> — ready to take traffic</li>
    </ul>
  </body>
</html>
`;
}

/** Answers `GET`/`HEAD /` with the landing page (the explorer linked only when it is on). */
export function landingPageResponder(explorer: boolean): (res: ServerResponse, head: boolean) => void {
  const body = Buffer.from(landingPage(explorer), 'utf8');
  return (res, head) => {
    res.writeHead(200, {
      'content-type': 'text/html; charset=utf-8',
      'content-length': body.length,
      'content-security-policy': "default-src 'none'; base-uri 'none'; frame-ancestors 'none'",
      'x-content-type-options': 'nosniff',
    });
    res.end(head ? undefined : body);
  };
}
