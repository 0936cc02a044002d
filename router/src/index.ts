export { createRouter, type Router } from './router';
export { DEFAULT_JWT_AUDIENCE, DEFAULT_JWT_ISSUER, type RouterOptions } from './router-options';
export { DEFAULT_REQUEST_LIMITS, type RequestLimitOptions } from './limits';
export { readRouterConfig, subgraphTimeoutOverrides, subgraphUrlOverrides, DEFAULT_SUPERGRAPH_PATH, type RouterConfig } from './config';
export { subgraphsOfSupergraph, subgraphUrlVariable, type SupergraphSubgraph } from './supergraph/subgraph-urls';
export type { RouterContext } from './context';
export type { SubgraphPoolOptions } from './transport/subgraph-pools';
export type { ExecutorMode } from './execution/run-plan';
export { SubscriptionCloseCode, type SubscriptionOptions, type SubscriptionServer, type SubscriptionStats } from './subscriptions';
