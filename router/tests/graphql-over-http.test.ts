import { serverAudits } from 'graphql-http';
import { startStack, type Stack } from './fixtures/start-stack';

/**
 * The graphql-http conformance audits against the router, in development and in production mode
 * (introspection on, as an operator may run it). Every MUST passes in both. The audits we
 * knowingly do not satisfy (all MAY or SHOULD, the same in both modes) are listed with the
 * reason; their tests assert the deviation, so a behaviour change shows up here and the list
 * gets updated.
 */
const CSRF =
  'CSRF prevention refuses a GET without a preflight-forcing header (apollo-require-preflight / x-apollo-operation-name), which the audit does not send';
const STATUS_400 =
  'Apollo Server answers request errors (parse, validation, variable coercion) with 400 under application/json too; clients of the Apollo ecosystem expect it';
const KNOWN_DEVIATIONS: Record<string, string> = {
  '5A70': CSRF, // MAY accept application/x-www-form-urlencoded formatted GET requests
  D6D5: CSRF, // MAY allow URL-encoded JSON string {variables} in GETs (graphql-response+json)
  '6A70': CSRF, // MAY allow URL-encoded JSON string {variables} in GETs (application/json)
  '572B': STATUS_400, // SHOULD use 200 on document parsing failure with application/json
  FDE2: STATUS_400, // SHOULD use 200 on document validation failure with application/json
  '7B9B': STATUS_400, // SHOULD use 200 on variable coercion failure with application/json
};

let stack: Stack;
/** The router in production mode (NODE_ENV=production when it is built) with introspection on. */
let production: string;
beforeAll(async () => {
  stack = await startStack();
  const nodeEnv = process.env['NODE_ENV'];
  process.env['NODE_ENV'] = 'production';
  try {
    // NODE_ENV is read when the router (and Apollo Server inside it) is built, not per request.
    ({ url: production } = await stack.startRouter({ introspection: true }));
  } finally {
    process.env['NODE_ENV'] = nodeEnv;
  }
});
afterAll(async () => {
  await stack.stop();
});

describe.each([
  ['development', () => stack.url],
  ['production, introspection on', () => production],
])('GraphQL over HTTP conformance (graphql-http audits), %s', (mode, url) => {
  const audits = serverAudits({ url, fetchFn: fetch });

  it('lists only audits that exist and are not MUSTs as known deviations', () => {
    const byId = new Map(audits.map((a) => [a.id, a.name]));
    for (const id of Object.keys(KNOWN_DEVIATIONS)) expect(byId.get(id)).toMatch(/^(MAY|SHOULD)/);
  });

  for (const audit of audits) {
    const deviation = KNOWN_DEVIATIONS[audit.id];
    it(`${audit.name}${deviation ? ` — known deviation: ${deviation}` : ''}`, async () => {
      const result = await audit.fn();
      if (deviation) {
        expect(result.status).not.toBe('ok');
        return;
      }
      if (result.status !== 'ok') throw new Error(`${result.reason}: ${JSON.stringify((result as { response?: unknown }).response ?? '')}`);
    });
  }

  it('runs in the mode it says: the explorer page only outside production', async () => {
    const res = await fetch(url(), { headers: { accept: 'text/html' } });
    await res.arrayBuffer();
    expect(res.headers.get('content-type')?.startsWith('text/html')).toBe(mode === 'development');
  });

  it('answers introspection in both modes', async () => {
    const res = await fetch(url(), {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ __schema { queryType { name } } }' }),
    });
    expect(await res.json()).toEqual({ data: { __schema: { queryType: { name: 'Query' } } } });
  });
});
