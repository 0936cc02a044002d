// The reference: stock @apollo/gateway inside @apollo/server's standalone server, one process,
// set up as its documentation does. Environment: PORT, HOST, SUPERGRAPH (file), and optionally
// SUBGRAPH_<NAME>_URL overrides plus ROUTER_SIGNING_SECRET. With a secret, every subgraph
// request is signed with the platform's own `signRouterRequest` — the same work our router
// does per fetch, so foodgraph subgraphs accept the reference and the comparison stays fair —
// carrying the caller's identity taken from `Authorization: Bearer <access token>` as our
// router derives it (anonymous without one).
import { ApolloGateway, RemoteGraphQLDataSource } from '@apollo/gateway';
import { ApolloServer } from '@apollo/server';
import { startStandaloneServer } from '@apollo/server/standalone';
import { GraphQLError } from 'graphql';
import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

const env = process.env;
const supergraphSdl = readFileSync(env.SUPERGRAPH, 'utf8');
const secret = env.ROUTER_SIGNING_SECRET;
const overrideOf = (name) => env[`SUBGRAPH_${name.toUpperCase().replace(/[^A-Z0-9]/g, '_')}_URL`];

// File paths, not the package name: the platform's `exports` block deep imports, and this
// module needs nothing of the platform beyond signing and the identity encoding (no database
// or logger start-up).
const platform = (file) => createRequire(import.meta.url)(`../../packages/platform/dist/auth/${file}.js`);
const signing = secret ? { ...platform('router-signature'), ...platform('identity') } : undefined;

/**
 * The caller's identity, encoded for the signed subgraph header, from the request's bearer
 * token. The token is only decoded, never verified (no signature, issuer, audience or expiry
 * check): stock @apollo/gateway has no JWT support of its own, and this is the least that lets
 * it ask our subgraphs what our router asks. That favors stock: our router verifies an EdDSA
 * signature and the claims on every request, stock only parses the payload.
 */
function identityFrom(authorization) {
  const { encodeIdentity, parseIdentity, ANONYMOUS } = signing;
  if (authorization === undefined) return encodeIdentity(ANONYMOUS);
  const payload = /^Bearer +[^.\s]+\.([^.\s]+)\.[^.\s]+ *$/i.exec(authorization)?.[1];
  let claims;
  try {
    claims = payload === undefined ? undefined : JSON.parse(Buffer.from(payload, 'base64url').toString('utf8'));
  } catch {
    claims = undefined;
  }
  // The claims-to-identity mapping of router/src/auth/bearer-token.ts (not exported by the
  // router); the platform's own parser then refuses what a subgraph would refuse.
  const identity = parseIdentity({ kind: 'user', userId: claims?.sub, role: claims?.role, isGuest: claims?.guest === true });
  if (!identity) throw new GraphQLError('Invalid access token', { extensions: { code: 'UNAUTHENTICATED', http: { status: 401 } } });
  return encodeIdentity(identity);
}

class SignedDataSource extends RemoteGraphQLDataSource {
  constructor(options) {
    super(options);
    const { signRouterRequest, encodeIdentity, RouterHeader, ANONYMOUS } = signing;
    const plainFetch = this.fetcher;
    const anonymous = encodeIdentity(ANONYMOUS);
    // The body is only known here, after serialization, so the identity travels from the
    // request context (`willSendRequest`) to here in its header, and is signed with the body.
    this.fetcher = (url, init = {}) => {
      const identity = init.headers?.[RouterHeader.Identity] ?? anonymous;
      const headers = { ...init.headers, ...signRouterRequest(secret, identity, randomUUID(), init.body ?? '') };
      return plainFetch(url, { ...init, headers });
    };
  }

  willSendRequest({ request, context }) {
    if (context?.identity !== undefined) request.http.headers.set(signing.RouterHeader.Identity, context.identity);
  }
}

const gateway = new ApolloGateway({
  supergraphSdl,
  buildService: ({ url, name }) => {
    const options = { url: overrideOf(name) ?? url };
    return signing ? new SignedDataSource(options) : new RemoteGraphQLDataSource(options);
  },
});
const server = new ApolloServer({ gateway });
const { url } = await startStandaloneServer(server, {
  listen: { port: Number(env.PORT ?? 14000), host: env.HOST ?? '127.0.0.1' },
  // Encoded once per request, as our router does, however many subgraph fetches its plan has.
  ...(signing && { context: async ({ req }) => ({ identity: identityFrom(req.headers.authorization) }) }),
});
console.log(`stock @apollo/gateway ready at ${url}`);
const stop = () => server.stop().then(() => process.exit(0));
process.once('SIGTERM', stop);
process.once('SIGINT', stop);
