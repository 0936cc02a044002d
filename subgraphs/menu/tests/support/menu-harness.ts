import { randomBytes } from 'node:crypto';
import {
  connectNatsBus,
  createInProcessBus,
  createLogger,
  deleteNamespaceStreams,
  dropDatabase,
  openDatabase,
  signRouterRequest,
  uuidv7,
  type EventBus,
  type Identity,
  type Role,
  type Subgraph,
} from '@foodgraph/platform';
import type { DataSource } from 'typeorm';
import { createMenuSubgraph, menuEntities, menuMigrations } from '../../src';
import type { Operation } from './menu-operations';

const SERVER_URL = process.env['TEST_DATABASE_URL'] ?? 'postgres://postgres@127.0.0.1:5432/postgres';
const NATS_URL = process.env['TEST_NATS_URL'] ?? 'nats://127.0.0.1:4222';

/** A GraphQL response as the subgraph sends it. */
export interface GqlResponse<T> {
  data?: T | null;
  errors?: { message: string; path?: (string | number)[]; extensions?: Record<string, unknown> }[];
}

export interface MenuHarness {
  url: string;
  dataSource: DataSource;
  bus: EventBus;
  /** The time the subgraph sees; tests move it. */
  setNow(at: Date | string): void;
  /** A request signed by the router for `identity`. */
  query<T>(identity: Identity, operation: Operation<T>, variables?: Record<string, unknown>): Promise<GqlResponse<T>>;
  stop(): Promise<void>;
}

export const anonymous: Identity = { kind: 'anonymous' };

/** A signed-in user with a fresh id. */
export function user(role: Role): Extract<Identity, { kind: 'user' }> {
  return { kind: 'user', userId: uuidv7(), role, isGuest: false };
}

export interface MenuHarnessOptions {
  /** 'postgres': own database on the real server (dropped in `stop`); 'pglite': in memory. @default 'postgres' */
  database?: 'postgres' | 'pglite';
  /** 'nats': JetStream on the local server (streams deleted in `stop`). @default 'in-process' */
  bus?: 'in-process' | 'nats';
  /** In-process bus only: its duplicate window; 0 delivers a re-published envelope again. @default the bus's */
  duplicateWindowMs?: number;
}

/**
 * Starts the menu subgraph on port 0 against its own database (named with `test`) and its own
 * bus namespace, with a clock the test controls.
 */
export async function startMenu(options: MenuHarnessOptions = {}): Promise<MenuHarness> {
  const onServer = (options.database ?? 'postgres') === 'postgres';
  const namespace = `test_${randomBytes(5).toString('hex')}`;
  const logger = createLogger('menu-test', 'silent');
  const secret = randomBytes(32).toString('hex');
  const dataSource = await openDatabase({
    name: 'menu',
    namespace,
    ...(onServer ? { serverUrl: SERVER_URL } : {}),
    entities: menuEntities,
    migrations: menuMigrations,
    logger,
  });
  const onNats = options.bus === 'nats';
  const bus = onNats
    ? await connectNatsBus({ url: NATS_URL, namespace, logger })
    : createInProcessBus({
        namespace,
        logger,
        ...(options.duplicateWindowMs !== undefined ? { duplicateWindowMs: options.duplicateWindowMs } : {}),
      });
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
    async query<T>(identity: Identity, operation: Operation<T>, variables: Record<string, unknown> = {}): Promise<GqlResponse<T>> {
      const body = JSON.stringify({ query: operation.text, variables });
      const headers = signRouterRequest(secret, identity, uuidv7(), body);
      const res = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body });
      return (await res.json()) as GqlResponse<T>;
    },
    async stop() {
      await subgraph.stop();
      await bus.close();
      await dataSource.destroy();
      if (onServer) await dropDatabase(SERVER_URL, `${namespace}_menu`);
      if (onNats) await deleteNamespaceStreams(NATS_URL, namespace);
    },
  };
}

/** The data of a response that must have succeeded. */
export function ok<T>(response: GqlResponse<T>): T {
  if (response.errors?.length) throw new Error(`unexpected errors: ${JSON.stringify(response.errors)}`);
  return response.data as T;
}

/** The first error's extensions of a response that must have failed. */
export function errorOf(response: GqlResponse<unknown>): Record<string, unknown> {
  const error = response.errors?.[0];
  if (!error) throw new Error(`expected an error, got ${JSON.stringify(response.data)}`);
  return { message: error.message, ...error.extensions };
}
