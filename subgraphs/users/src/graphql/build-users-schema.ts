import { printSubgraphSchema } from '@apollo/subgraph';
import { buildFederatedSchema } from '@foodgraph/platform/graphql';
import type { GraphQLSchema } from 'graphql';
// type-graphql lists root fields in the order their classes were loaded; these imports keep
// the contract's order (sign-up and sessions, then users, then API keys, then the second
// wave's staff) in the printed SDL.
import { AuthResolver } from './auth.resolver';
import { UserResolver } from './user.resolver';
import { ApiKeyResolver } from './api-key.resolver';
import { StaffResolver, UserWorkplacesResolver } from './staff.resolver';
import { restaurantReference } from './restaurant.reference';
import { userReference } from './user.reference';
import { AdminDashboardResolver, DeadLetterResolver, usersAdminConsole } from './admin-dashboard.resolver';
import { SigningKeyResolver } from './signing-key.resolver';

/**
 * The users subgraph schema. Resolvers find their services in the request context, so the
 * schema is built without a database or bus (composition and the schema check use this).
 */
export function buildUsersSchema(): Promise<GraphQLSchema> {
  return buildFederatedSchema({
    resolvers: [
      AuthResolver,
      UserResolver,
      ApiKeyResolver,
      StaffResolver,
      UserWorkplacesResolver,
      AdminDashboardResolver,
      DeadLetterResolver,
      SigningKeyResolver,
      ...usersAdminConsole.resolvers,
    ],
    referenceResolvers: { User: userReference, Restaurant: restaurantReference, ...usersAdminConsole.referenceResolvers },
  });
}

/** The subgraph SDL as checked in at `subgraphs/users/schema.graphql`. */
export async function emitUsersSchema(): Promise<string> {
  return printSubgraphSchema(await buildUsersSchema());
}
