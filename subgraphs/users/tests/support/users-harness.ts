import type { EventEnvelope } from '@foodgraph/events';
import {
  createInProcessBus,
  createLogger,
  dropDatabase,
  keysFromJwks,
  openDatabase,
  signRouterRequest,
  verifyAccessToken,
  type EventBus,
  type Identity,
} from '@foodgraph/platform';
import { randomBytes, randomUUID } from 'node:crypto';
import type { DataSource } from 'typeorm';
import { createUsersSubgraph, readUsersConfig, usersEntities, usersMigrations, type UsersSubgraph } from '../../src';

export const SERVER_URL = process.env['TEST_DATABASE_URL'] ?? 'postgres://postgres@127.0.0.1:5432/postgres';
export const ROUTER_SECRET = 'test-router-secret-with-at-least-32-characters';
export const ADMIN = { email: 'root@example.com', password: 'bootstrap admin password' };

/** A GraphQL response as the tests read it. */
export interface GraphQLResponse<T = Record<string, unknown>> {
  status: number;
  data?: T | null;
  errors?: { message: string; extensions?: { code?: string; field?: string } }[];
}

/** A users subgraph on a free port over its own database, with helpers to call it. */
export interface UsersHarness {
  subgraph: UsersSubgraph;
  dataSource: DataSource;
  bus: EventBus;
  baseUrl: string;
  /** Every event the subgraph published, in order. */
  events: EventEnvelope[];
  /** Calls /graphql signed by the "router" as `identity` (anonymous by default). */
  call<T = Record<string, unknown>>(query: string, variables?: Record<string, unknown>, identity?: Identity): Promise<GraphQLResponse<T>>;
  /** Turns an access token into the identity the router would forward, checking it like the router. */
  identityOf(accessToken: string): Promise<Identity>;
  /** Waits until `predicate` holds for the published events. */
  waitForEvents(predicate: (events: EventEnvelope[]) => boolean): Promise<void>;
  stop(): Promise<void>;
}

/** Starts a users subgraph like production does, but on port 0 and a throw-away database. */
export async function startUsersHarness(env: Record<string, string> = {}): Promise<UsersHarness> {
  const namespace = `test_${randomBytes(4).toString('hex')}`;
  const logger = createLogger('users-test', 'silent');
  const dataSource = await openDatabase({
    name: 'users',
    namespace,
    serverUrl: SERVER_URL,
    entities: usersEntities,
    migrations: usersMigrations,
    logger,
  });
  const bus = createInProcessBus({ namespace, logger });
  const events: EventEnvelope[] = [];
  await bus.consume({
    consumer: 'users-test-recorder',
    types: ['users.user.registered'],
    handle: async (message) => void events.push(message.payload as EventEnvelope),
    deadLetter: async () => undefined,
  });
  const config = readUsersConfig({ FOODGRAPH_ADMIN_EMAIL: ADMIN.email, FOODGRAPH_ADMIN_PASSWORD: ADMIN.password, ...env });
  const subgraph = await createUsersSubgraph({ dataSource, bus, logger, routerSecret: ROUTER_SECRET, namespace, config });
  const { port } = await subgraph.start(0);
  const baseUrl = `http://127.0.0.1:${port}`;

  return {
    subgraph,
    dataSource,
    bus,
    baseUrl,
    events,
    async call(query, variables = {}, identity = { kind: 'anonymous' }) {
      const body = JSON.stringify({ query, variables });
      const res = await fetch(`${baseUrl}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...signRouterRequest(ROUTER_SECRET, identity, randomUUID(), body) },
        body,
      });
      return { status: res.status, ...((await res.json()) as object) };
    },
    async identityOf(accessToken) {
      const jwks = (await (await fetch(`${baseUrl}/.well-known/jwks.json`)).json()) as { keys: unknown[] };
      const keys = keysFromJwks(jwks);
      const claims = await verifyAccessToken(accessToken, (kid) => keys.get(kid), { issuer: config.issuer, audience: config.audience });
      return { kind: 'user', userId: claims.sub, role: claims.role, isGuest: claims.guest };
    },
    async waitForEvents(predicate) {
      const deadline = Date.now() + 5000;
      while (!predicate(events)) {
        if (Date.now() > deadline) throw new Error(`timed out waiting for events; got ${JSON.stringify(events.map((e) => e.type))}`);
        await new Promise((r) => setTimeout(r, 20));
      }
    },
    async stop() {
      await subgraph.stop();
      await bus.close();
      await dataSource.destroy();
      await dropDatabase(SERVER_URL, `${namespace}_users`);
    },
  };
}

/** The `extensions` of the first error, for asserting codes and fields. */
export function firstError(res: GraphQLResponse<unknown>): { code?: string; field?: string; message?: string } {
  const error = res.errors?.[0];
  return { ...error?.extensions, message: error?.message };
}
