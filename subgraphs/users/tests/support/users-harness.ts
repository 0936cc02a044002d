import type { EventEnvelope } from '@foodgraph/events';
import { keysFromJwks, verifyAccessToken, type Identity } from '@foodgraph/platform/auth';
import type { EventBus } from '@foodgraph/platform/messaging';
import { onEvents, openSubgraphTestBed, postSigned } from '@foodgraph/testing';
import type { DataSource } from 'typeorm';
import { createUsersSubgraph, readUsersConfig, usersEntities, usersMigrations, type UsersSubgraph } from '../../src';

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
  const bed = await openSubgraphTestBed({ name: 'users', entities: usersEntities, migrations: usersMigrations });
  const { dataSource, bus, namespace, logger } = bed;
  const events: EventEnvelope[] = [];
  await onEvents(bus, ['users.user.registered'], (event) => events.push(event));
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
      const res = await postSigned(`${baseUrl}/graphql`, ROUTER_SECRET, identity, query, variables);
      return { status: res.status, ...((await res.json()) as object) };
    },
    async identityOf(accessToken) {
      const jwks = (await (await fetch(`${baseUrl}/.well-known/jwks.json`)).json()) as { keys: unknown[] };
      const keys = keysFromJwks(jwks);
      const claims = await verifyAccessToken(accessToken, (kid) => keys.get(kid), { issuer: config.issuer, audience: config.audience });
      if (claims.kiosk === true) return { kind: 'kiosk', userId: claims.sub, kioskSessionId: claims.sid };
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
      await bed.close();
    },
  };
}

/** The `extensions` of the first error, for asserting codes and fields. */
export function firstError(res: GraphQLResponse<unknown>): { code?: string; field?: string; message?: string } {
  const error = res.errors?.[0];
  return { ...error?.extensions, message: error?.message };
}
