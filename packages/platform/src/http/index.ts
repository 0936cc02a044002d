export { createSubgraphServer, type SubgraphServer, type Route } from './subgraph-server';
export { readBody, BodyTooLargeError } from './read-body';
export { sendJson } from './send';
export { listenHttp } from './listen';
export { gracefulCloser } from './graceful-close';
