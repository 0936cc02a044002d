export {
  startSupergraph,
  PRODUCTION_PARTITIONS,
  TEST_ADMIN,
  TEST_DATABASE_URL,
  TEST_NATS_URL,
  TEST_REDIS_URL,
  type TestSupergraph,
  type TestSupergraphOptions,
} from './start-supergraph';
export { postGraphQL, errorCodes, type GraphQLResult, type RequestOptions } from '@foodgraph/stack';
export { login, loginAdmin, signUp, startGuest, freshCpf, identifyCustomer, type SignedIn, type Role } from './accounts';
export { eventually, sleep, waitFor } from './eventually';
export { dataOf } from './results';
export { ORDER_FIELDS, ORDER_OPS, type TestOrder, type TestOrderLine, type TestStatusChange, type TestMoney } from './order-operations';
export {
  createDemoRestaurant,
  waitForOrdersReadModel,
  menuItemStock,
  type DemoRestaurant,
  type DemoRestaurantSpec,
  type DemoItemSpec,
} from './restaurants';
export {
  placeOrder,
  readOrder,
  orderMutation,
  orderOf,
  waitForOrder,
  payBySandboxWebhook,
  TEST_ADDRESS,
  type PlaceOrderSpec,
  type WebhookOptions,
} from './orders';
export { startSubgraphReplica, type SubgraphReplica } from './subgraph-replica';
export { startSubgraphProcess, freePort, type SubgraphProcess, type SubgraphProcessOptions } from './subgraph-process';
export { startTcpGate, type TcpGate } from './tcp-gate';
export { readStreamEvents, redeliverStreamEvent, type StreamEvent } from './stream-events';
export { connectLive, wsUrlOf, type LiveClient, type LiveSubscription, type ConnectionClosed } from './live-subscriptions';
export { startReplicaBehindRouter, type ReplicaBehindRouter } from './replica-router';
export { postSigned, callSubgraph, ok, errorOf, userIdentity, ANONYMOUS, type SubgraphResponse, type UserIdentity } from './subgraph-calls';
export { openSubgraphTestBed, onEvents, type SubgraphTestBed, type SubgraphTestBedOptions, type RecordedEvent } from './subgraph-test-bed';
export { SubgraphHarness } from './subgraph-harness';
export { describeSubgraphSchema, undocumentedIn, type SubgraphSchemaSpec } from './subgraph-schema';
export { disposable, disposeLeftovers } from './leftovers';
export { startOidcIssuer, type OidcIssuer, type OidcTokenClaims, type OidcAlgorithm } from './oidc-issuer';
export {
  startMercadoPagoDouble,
  type MercadoPagoDouble,
  type MercadoPagoDoubleOptions,
  type MercadoPagoNotification,
  type MercadoPagoPaymentRecord,
  type MercadoPagoQrOrder,
} from './mercadopago-double';
