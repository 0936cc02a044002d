import { randomBytes } from 'node:crypto';
import type { Identity } from '@foodgraph/platform/auth';
import type { EventBus } from '@foodgraph/platform/messaging';
import type { Subgraph } from '@foodgraph/platform/process';
import { callSubgraph, openSubgraphTestBed, type SubgraphResponse, type SubgraphTestBedOptions } from '@foodgraph/testing';
import type { DataSource } from 'typeorm';
import { createMenuSubgraph, menuEntities, menuMigrations } from '../../src';
import type { Operation } from './menu-operations';

export { userIdentity as user, ANONYMOUS as anonymous, ok, errorOf, type SubgraphResponse as GqlResponse } from '@foodgraph/testing';

export interface MenuHarness {
  url: string;
  dataSource: DataSource;
  bus: EventBus;
  /** The time the subgraph sees; tests move it. */
  setNow(at: Date | string): void;
  /** A request signed by the router for `identity`. */
  query<T>(identity: Identity, operation: Operation<T>, variables?: Record<string, unknown>): Promise<SubgraphResponse<T>>;
  stop(): Promise<void>;
}

/** Where the menu subgraph keeps its data and meets the bus. @default its own database on the real server, an in-process bus */
export type MenuHarnessOptions = Pick<SubgraphTestBedOptions, 'database' | 'bus' | 'duplicateWindowMs'>;

/**
 * Starts the menu subgraph on port 0 against its own database (named with `test`) and its own
 * bus namespace, with a clock the test controls.
 */
export async function startMenu(options: MenuHarnessOptions = {}): Promise<MenuHarness> {
  const bed = await openSubgraphTestBed({ name: 'menu', entities: menuEntities, migrations: menuMigrations, ...options });
  const { dataSource, bus, namespace, logger } = bed;
  const secret = randomBytes(32).toString('hex');
  let now = new Date('2026-11-23T12:00:00Z');
  const subgraph: Subgraph = await createMenuSubgraph({
    dataSource,
    bus,
    logger,
    routerSecret: secret,
    namespace,
    clock: () => now,
    config: { defaultTimeZone: 'UTC' },
  });
  const { url } = await subgraph.start(0);

  return {
    url,
    dataSource,
    bus,
    setNow(at) {
      now = new Date(at);
    },
    query<T>(identity: Identity, operation: Operation<T>, variables?: Record<string, unknown>) {
      return callSubgraph<T>(url, secret, identity, operation.text, variables);
    },
    async stop() {
      await subgraph.stop();
      await bed.close();
    },
  };
}
