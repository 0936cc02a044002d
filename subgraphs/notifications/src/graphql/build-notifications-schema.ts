import { printSubgraphSchema } from '@apollo/subgraph';
import { buildFederatedSchema } from '@foodgraph/platform/graphql';
import type { GraphQLSchema } from 'graphql';
import { notificationsAdminConsole } from './admin-dashboard.resolver';
import { notificationReference } from './notification.reference';
import { NotificationResolver } from './notification.resolver';

/**
 * The notifications subgraph schema. Resolvers find their services in the request context, so
 * the schema is built without a database or bus (composition and the schema check use this).
 */
export function buildNotificationsSchema(): Promise<GraphQLSchema> {
  return buildFederatedSchema({
    resolvers: [NotificationResolver, ...notificationsAdminConsole.resolvers],
    orphanedTypes: notificationsAdminConsole.orphanedTypes,
    referenceResolvers: { Notification: notificationReference, ...notificationsAdminConsole.referenceResolvers },
  });
}

/** The subgraph SDL as checked in at `subgraphs/notifications/schema.graphql`. */
export async function emitNotificationsSchema(): Promise<string> {
  return printSubgraphSchema(await buildNotificationsSchema());
}
