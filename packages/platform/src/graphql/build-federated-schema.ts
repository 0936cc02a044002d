import { buildSubgraphSchema } from '@apollo/subgraph';
import { printSchemaWithDirectives } from '@graphql-tools/utils';
import { type GraphQLSchema } from 'graphql';
import gql from 'graphql-tag';
import { buildSchema, createResolversMap, type NonEmptyArray } from 'type-graphql';
import type { PubSub } from '../subscriptions/create-pubsub';
import { toTypeGraphQLPubSub } from '../subscriptions/type-graphql-pubsub';
import { DateTimeScalar } from './scalars';

/** The resolver map `buildSubgraphSchema` takes, named from its public signature (its own name lives in dist/). */
type SubgraphResolvers = NonNullable<Extract<Parameters<typeof buildSubgraphSchema>[0], { typeDefs: unknown }>['resolvers']>;

/**
 * Extra resolvers per type name, e.g. `{ User: { __resolveReference } }`. `__resolveReference`
 * takes `(reference, context)`, not a field resolver's arguments, hence the loose value type.
 */
export type ResolverMap = Record<string, object>;

/** Federation 2 directives a subgraph may use in `@Directive(...)`. */
const FEDERATION_IMPORTS = ['@key', '@shareable', '@external', '@requires', '@provides', '@inaccessible', '@override', '@interfaceObject'];
const FEDERATION_LINK = `extend schema @link(url: "https://specs.apollo.dev/federation/v2.7", import: ${JSON.stringify(FEDERATION_IMPORTS)})`;

export interface FederatedSchemaOptions {
  // type-graphql's resolvers are classes; `Function` is the type its API uses.
  // eslint-disable-next-line @typescript-eslint/no-unsafe-function-type
  resolvers: NonEmptyArray<Function>;
  /** Types not reachable from a resolver (e.g. entity stubs only used by references). */
  // eslint-disable-next-line @typescript-eslint/no-unsafe-function-type
  orphanedTypes?: Function[];
  /** `__resolveReference` (and other) resolvers per type name, merged over type-graphql's. */
  referenceResolvers?: ResolverMap;
  /** Backs `@Subscription({ topics })`; not needed for `@Subscription({ subscribe })`. */
  pubSub?: PubSub;
}

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
export async function buildFederatedSchema(options: FederatedSchemaOptions): Promise<GraphQLSchema> {
  const plain = await buildSchema({
    resolvers: options.resolvers,
    orphanedTypes: options.orphanedTypes ?? [],
    // No authChecker: authorization lives in each subgraph's services/access.ts (named guards),
    // not in `@Authorized` decorators, so there is one place per subgraph to read the policy.
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
  const resolvers = createResolversMap(plain) as SubgraphResolvers;
  for (const [typeName, fields] of Object.entries(options.referenceResolvers ?? {})) {
    resolvers[typeName] = { ...(resolvers[typeName] as object), ...fields };
  }
  return buildSubgraphSchema({ typeDefs, resolvers });
}
