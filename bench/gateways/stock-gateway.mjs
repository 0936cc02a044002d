// The reference: stock @apollo/gateway inside @apollo/server's standalone server, one process,
// set up as its documentation does. Environment: PORT, HOST, SUPERGRAPH (file), and optionally
// SUBGRAPH_<NAME>_URL overrides plus ROUTER_SIGNING_SECRET. With a secret, every subgraph
// request is signed with the platform's own `signRouterRequest` — the same work our router
// does per fetch, so foodgraph subgraphs accept the reference and the comparison stays fair.
import { ApolloGateway, RemoteGraphQLDataSource } from '@apollo/gateway';
import { ApolloServer } from '@apollo/server';
import { startStandaloneServer } from '@apollo/server/standalone';
import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

const env = process.env;
const supergraphSdl = readFileSync(env.SUPERGRAPH, 'utf8');
const secret = env.ROUTER_SIGNING_SECRET;
const overrideOf = (name) => env[`SUBGRAPH_${name.toUpperCase().replace(/[^A-Z0-9]/g, '_')}_URL`];

// A file path, not the package name: the platform's `exports` block deep imports, and this
// module needs nothing of the platform beyond signing (no database or logger start-up).
const platformSignature = () => createRequire(import.meta.url)('../../packages/platform/dist/auth/router-signature.js');

class SignedDataSource extends RemoteGraphQLDataSource {
  constructor(options, sign) {
    super(options);
    const plainFetch = this.fetcher;
    const identity = Buffer.from(JSON.stringify({ kind: 'anonymous' })).toString('base64url');
    this.fetcher = (url, init = {}) => {
      const headers = { ...init.headers, ...sign.signRouterRequest(secret, identity, randomUUID(), init.body ?? '') };
      return plainFetch(url, { ...init, headers });
    };
  }
}

const signing = secret ? platformSignature() : undefined;
const gateway = new ApolloGateway({
  supergraphSdl,
  buildService: ({ url, name }) => {
    const options = { url: overrideOf(name) ?? url };
    return signing ? new SignedDataSource(options, signing) : new RemoteGraphQLDataSource(options);
  },
});
const server = new ApolloServer({ gateway });
const { url } = await startStandaloneServer(server, {
  listen: { port: Number(env.PORT ?? 14000), host: env.HOST ?? '127.0.0.1' },
});
console.log(`stock @apollo/gateway ready at ${url}`);
const stop = () => server.stop().then(() => process.exit(0));
process.once('SIGTERM', stop);
process.once('SIGINT', stop);
