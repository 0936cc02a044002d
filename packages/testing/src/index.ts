export {
  startSupergraph,
  TEST_ADMIN,
  TEST_DATABASE_URL,
  TEST_NATS_URL,
  type TestSupergraph,
  type TestSupergraphOptions,
} from './start-supergraph';
export { postGraphQL, errorCodes, type GraphQLResult, type RequestOptions } from '@foodgraph/stack';
export { login, loginAdmin, signUp, type SignedIn, type Role } from './accounts';
