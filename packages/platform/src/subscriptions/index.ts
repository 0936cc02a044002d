export { createPubSub, type PubSub, type PubSubOptions } from './create-pubsub';
export { EventIterator, SlowConsumerError, filterEvents } from './event-iterator';
export { attachGraphQLWs, type AttachGraphQLWsOptions, type GraphQLWsEndpoint, type WsExtra } from './attach-graphql-ws';
export { serveSubgraphSubscriptions, type SubgraphSubscriptions, type SubgraphSubscriptionsOptions } from './serve-subgraph-subscriptions';
export {
  signConnectionInit,
  verifyConnectionInit,
  signSubscribe,
  verifySubscribe,
  SUBSCRIBE_SIGNATURE_EXTENSION,
  type SignedOperation,
} from './subscription-signature';
export { listenAuthorized } from './listen-authorized';
