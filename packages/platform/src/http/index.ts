export { createSubgraphServer, type SubgraphServer, type SubgraphServerOptions, type Route } from './subgraph-server';
export { readBody, BodyTooLargeError } from './read-body';
export { sendJson, sendGraphQLError } from './send';
export { listenHttp } from './listen';
