import { buildSubgraphSchema } from '@apollo/subgraph';
import type { GraphQLResolverMap } from '@apollo/subgraph/dist/schema-helper';
import { printSchemaWithDirectives } from '@graphql-tools/utils';
import { type GraphQLSchema } from 'graphql';
import gql from 'graphql-tag';
import { buildSchema, createResolversMap, type AuthChecker, type NonEmptyArray } from 'type-graphql';
import type { PubSub } from '../subscriptions/create-pubsub';
import { toTypeGraphQLPubSub } from '../subscriptions/type-graphql-pubsub';
import type { RequestContext } from './context';
import { DateTimeScalar } from './scalars';

/** Federation 2 directives a subgraph may use in `@Directive(...)`. */
const FEDERATION_IMPORTS = ['@key', '@shareable', '@external', '@requires', '@provides', '@inaccessible', '@override', '@interfaceObject'];
const FEDERATION_LINK = `extend schema @link(url: "https://specs.apollo.dev/federation/v2.7", import: ${JSON.stringify(FEDERATION_IMPORTS)})`;

export interface FederatedSchemaOptions<Ctx extends RequestContext> {
  // type-graphql's resolvers are classes; `Function` is the type its API uses.
  // eslint-disable-next-line @typescript-eslint/no-unsafe-function-type
  resolvers: NonEmptyArray<Function>;
  /** Types not reachable from a resolver (e.g. entity stubs only used by references). */
  // eslint-disable-next-line @typescript-eslint/no-unsafe-function-type
  orphanedTypes?: Function[];
  /** `__resolveReference` (and other) resolvers per type name, merged over type-graphql's. */
  referenceResolvers?: GraphQLResolverMap<Ctx>;
  /** Decides `@Authorized(...)`; defaults to role-based checks on `ctx.identity`. */
  authChecker?: AuthChecker<Ctx>;
  /** Backs `@Subscription({ topics })`; not needed for `@Subscription({ subscribe })`. */
  pubSub?: PubSub;
}

/**
 * Roles from `@Authorized('ADMIN', …)` against the router-verified identity. An empty role list
 * means "any signed-in user". Ownership checks stay in the resolvers, which know the object.
 */
export const roleAuthChecker: AuthChecker<RequestContext> = ({ context }, roles) => {
  const identity = context.identity;
  if (identity.kind !== 'user') return false;
  return roles.length === 0 || roles.includes(identity.role);
};

/**
 * Descriptions of the root operation types. type-graphql offers no way to describe them, and
 * every subgraph must use the same words or composition reports a description mismatch.
 */
const ROOT_DESCRIPTIONS = {
  Query: 'Read operations of the foodgraph API.',
  Mutation: 'Write operations of the foodgraph API.',
  Subscription: 'Live updates of the foodgraph API, over graphql-ws at the same /graphql endpoint.',
} as const;

function describeRootTypes(schema: GraphQLSchema): void {
  for (const type of [schema.getQueryType(), schema.getMutationType(), schema.getSubscriptionType()]) {
    if (type && !type.description) type.description = ROOT_DESCRIPTIONS[type.name as keyof typeof ROOT_DESCRIPTIONS];
  }
}

/**
 * type-graphql classes → a Federation 2 subgraph schema. type-graphql builds a plain schema
 * (keeping `@key` etc. as AST directives), which is printed with its directives and handed to
 * `buildSubgraphSchema` together with type-graphql's resolvers and the reference resolvers.
 */
export async function buildFederatedSchema<Ctx extends RequestContext>(options: FederatedSchemaOptions<Ctx>): Promise<GraphQLSchema> {
  const plain = await buildSchema({
    resolvers: options.resolvers,
    orphanedTypes: options.orphanedTypes ?? [],
    authChecker: (options.authChecker ?? roleAuthChecker) as AuthChecker,
    // type-graphql throws for @Authorized without an authChecker, and we always give one; the
    // "mode" makes an unauthorized field fail the request instead of resolving to null.
    authMode: 'error',
    scalarsMap: [{ type: Date, scalar: DateTimeScalar }],
    pubSub: toTypeGraphQLPubSub(options.pubSub),
    validate: false,
    skipCheck: true,
  });
  describeRootTypes(plain);
  const typeDefs = gql`
    ${FEDERATION_LINK}
    ${printSchemaWithDirectives(plain)}
  `;
  const resolvers = createResolversMap(plain) as GraphQLResolverMap<Ctx>;
  for (const [typeName, fields] of Object.entries(options.referenceResolvers ?? {})) {
    resolvers[typeName] = { ...(resolvers[typeName] as object), ...(fields as object) };
  }
  return buildSubgraphSchema({ typeDefs, resolvers: resolvers as GraphQLResolverMap<unknown> });
}
