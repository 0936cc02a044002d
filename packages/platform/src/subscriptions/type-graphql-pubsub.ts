import type { PubSub as TypeGraphQLPubSub } from 'type-graphql';
import type { PubSub } from './create-pubsub';

/**
 * Our `PubSub` as type-graphql's, so `@Subscription({ topics, topicId, filter })` works:
 * topic `order.updated` with topicId `42` listens on trigger `order.updated.42`. type-graphql
 * insists on a PubSub whenever a schema has subscriptions, even ones declared with
 * `subscribe` only; without ours, a stand-in explains what is missing when it is used.
 */
export function toTypeGraphQLPubSub(pubsub: PubSub | undefined): TypeGraphQLPubSub {
  const triggerOf = (routingKey: string, dynamicId?: unknown) => {
    if (dynamicId === undefined) return routingKey;
    const id = typeof dynamicId === 'string' || typeof dynamicId === 'number' ? String(dynamicId) : JSON.stringify(dynamicId);
    return `${routingKey}.${id}`;
  };
  if (!pubsub) {
    return {
      publish() {
        throw new Error('buildFederatedSchema was given no pubSub; publish through the subgraph’s PubSub');
      },
      subscribe() {
        throw new Error('buildFederatedSchema was given no pubSub: pass one, or declare @Subscription({ subscribe })');
      },
    };
  }
  return {
    publish: (routingKey, ...args) => void pubsub.publish(routingKey, args[0]),
    subscribe: (routingKey, dynamicId) => pubsub.asyncIterableIterator(triggerOf(routingKey, dynamicId)),
  };
}
