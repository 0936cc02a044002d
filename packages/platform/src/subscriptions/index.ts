export { createPubSub, type PubSub, type PubSubOptions } from './create-pubsub';
export { EventIterator, SlowConsumerError, filterEvents } from './event-iterator';
export { attachGraphQLWs, type WsExtra } from './attach-graphql-ws';
export { signConnectionInit, signSubscribe, SUBSCRIBE_SIGNATURE_EXTENSION } from './subscription-signature';
export { listenAuthorized } from './listen-authorized';
