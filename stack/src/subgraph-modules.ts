import { createDeliverySubgraph, deliveryEntities, deliveryMigrations, readDeliveryConfig } from '@foodgraph/delivery';
import { createFeedbackSubgraph, feedbackEntities, feedbackMigrations, readFeedbackConfig } from '@foodgraph/feedback';
import { createMenuSubgraph, menuEntities, menuMigrations, readMenuConfig } from '@foodgraph/menu';
import { createOrdersSubgraph, ordersEntities, ordersMigrations, readOrdersConfig } from '@foodgraph/orders';
import type { Env, OpenDatabaseOptions, Subgraph, SubgraphDeps } from '@foodgraph/platform';
import { createUsersSubgraph, readUsersConfig, usersEntities, usersMigrations } from '@foodgraph/users';

/** How the stack runs one subgraph: its tables and how to build it from env + shared deps. */
export interface SubgraphModule {
  name: string;
  /** The port the subgraph listens on when run alone or in `npm start`. */
  defaultPort: number;
  entities: OpenDatabaseOptions['entities'];
  migrations: OpenDatabaseOptions['migrations'];
  create(deps: SubgraphDeps, env: Env): Promise<Subgraph>;
}

/** Every subgraph of the platform, in start order (users first: the router needs its JWKS). */
export const SUBGRAPH_MODULES: readonly SubgraphModule[] = [
  {
    name: 'users',
    defaultPort: 4001,
    entities: usersEntities,
    migrations: usersMigrations,
    create: (deps, env) => createUsersSubgraph({ ...deps, config: readUsersConfig(env) }),
  },
  {
    name: 'menu',
    defaultPort: 4002,
    entities: menuEntities,
    migrations: menuMigrations,
    create: (deps, env) => createMenuSubgraph({ ...deps, config: readMenuConfig(env) }),
  },
  {
    name: 'orders',
    defaultPort: 4003,
    entities: ordersEntities,
    migrations: ordersMigrations,
    create: (deps, env) => createOrdersSubgraph({ ...deps, config: readOrdersConfig(env) }),
  },
  {
    name: 'delivery',
    defaultPort: 4004,
    entities: deliveryEntities,
    migrations: deliveryMigrations,
    create: (deps, env) => createDeliverySubgraph({ ...deps, config: readDeliveryConfig(env) }),
  },
  {
    name: 'feedback',
    defaultPort: 4005,
    entities: feedbackEntities,
    migrations: feedbackMigrations,
    create: (deps, env) => createFeedbackSubgraph({ ...deps, config: readFeedbackConfig(env) }),
  },
];
