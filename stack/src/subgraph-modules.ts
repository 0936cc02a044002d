import { deliverySubgraph } from '@foodgraph/delivery';
import { feedbackSubgraph } from '@foodgraph/feedback';
import { menuSubgraph } from '@foodgraph/menu';
import { notificationsSubgraph } from '@foodgraph/notifications';
import { ordersSubgraph } from '@foodgraph/orders';
import type { Env } from '@foodgraph/platform/config';
import type { OpenDatabaseOptions } from '@foodgraph/platform/db';
import type { Subgraph, SubgraphDeps, SubgraphDescriptor } from '@foodgraph/platform/process';
import { usersSubgraph } from '@foodgraph/users';

/** How the stack runs one subgraph: its tables and how to build it from env + shared deps. */
export interface SubgraphModule {
  name: string;
  /** The port the subgraph listens on when run alone or in `npm start`. */
  defaultPort: number;
  entities: OpenDatabaseOptions['entities'];
  migrations: OpenDatabaseOptions['migrations'];
  create(deps: SubgraphDeps, env: Env): Promise<Subgraph>;
}

/** A subgraph's descriptor as the stack runs it: its settings read from the stack's environment. */
function moduleOf(descriptor: SubgraphDescriptor): SubgraphModule {
  return {
    name: descriptor.name,
    defaultPort: descriptor.defaultPort,
    entities: descriptor.entities,
    migrations: descriptor.migrations,
    create: (deps, env) => descriptor.create(deps, descriptor.readConfig(env)),
  };
}

/** Every subgraph of the platform, in start order (users first: the router needs its JWKS). */
export const SUBGRAPH_MODULES: readonly SubgraphModule[] = [
  usersSubgraph,
  menuSubgraph,
  ordersSubgraph,
  deliverySubgraph,
  feedbackSubgraph,
  notificationsSubgraph,
].map((descriptor) => moduleOf(descriptor));
