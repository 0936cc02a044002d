export {
  createSubscriptionServer,
  type SubscriptionServer,
  type SubscriptionServerDeps,
  type SubscriptionStats,
} from './subscription-server';
export { SubscriptionCloseCode } from './close-codes';
export type { SubscriptionOptions } from './subscription-options';
