import { ANONYMOUS, type Identity } from '@foodgraph/platform/auth';
import { Kind, parse, print } from 'graphql';
import {
  connectLive,
  createDemoRestaurant,
  dataOf,
  eventually,
  freshCpf,
  loginAdmin,
  signUp,
  startSupergraph,
  type DemoRestaurant,
  type LiveClient,
  type SignedIn,
  type TestSupergraph,
} from '@foodgraph/testing';
import { loadClientOperations } from './fixtures/client-operations';
import { startParityHarness, type ParityHarness } from './fixtures/parity-harness';
import { kioskActor, type ParityActors, type ParityState } from './fixtures/parity-actors';
import { PARITY_STEPS } from './fixtures/parity-steps';
import { SUBSCRIPTIONS } from './fixtures/parity-subscriptions';

/**
 * Every operation real clients send (`schema/operations/**`) runs on the real stack through the
 * router's executor and through stock @apollo/gateway, and both answers — data and errors —
 * must be equal. Mutations change state, so stock runs each against the subgraph answers the
 * router got (played back); queries run live on both. Subscriptions run through the router
 * itself, and their last event must equal stock's answer to the same selection as a query.
 */
const OPERATIONS = loadClientOperations();

const identityOf = (account: SignedIn, role: 'CUSTOMER' | 'PARTNER' | 'COURIER' | 'ADMIN'): Identity => ({
  kind: 'user',
  userId: account.id,
  role,
  isGuest: false,
});

let supergraph: TestSupergraph;
let harness: ParityHarness;
let actors: ParityActors;
const state: ParityState = {};

beforeAll(async () => {
  supergraph = await startSupergraph();
  const urls = Object.fromEntries(Object.entries(supergraph.stack.subgraphs).map(([name, s]) => [name, s.url]));
  harness = await startParityHarness(urls, supergraph.routerSecret);
  const customerDocument = freshCpf();
  const [admin, partner, customer, courier, spareCourier] = await Promise.all([
    loginAdmin(supergraph),
    signUp(supergraph, 'PARTNER', 'Parity Partner'),
    signUp(supergraph, 'CUSTOMER', 'Parity Customer', { document: customerDocument }),
    signUp(supergraph, 'COURIER', 'Parity Courier'),
    signUp(supergraph, 'COURIER', 'Spare Courier'),
  ]);
  const venue: DemoRestaurant = await createDemoRestaurant(supergraph, partner, {
    items: [
      { name: 'Shoyu ramen', price: 1300 },
      { name: 'Gyoza', price: 550 },
    ],
  });
  // The delivery subgraph learns of courier accounts from users' events: retried until it has.
  await eventually(async () => {
    const r = await supergraph.query('mutation($input: CreateCourierInput!) { createCourier(input: $input) { id } }', {
      token: admin.token,
      variables: { input: { userId: courier.id, name: 'Parity Courier', vehicle: 'BICYCLE' } },
    });
    dataOf(r, 'createCourier');
  }, 10_000);
  actors = {
    supergraph,
    venue,
    admin: { account: admin, identity: identityOf(admin, 'ADMIN') },
    partner: { account: partner, identity: identityOf(partner, 'PARTNER') },
    customer: { account: customer, identity: identityOf(customer, 'CUSTOMER') },
    customerDocument,
    kiosk: await kioskActor(supergraph, customerDocument),
    courier: { account: courier, identity: identityOf(courier, 'COURIER') },
    spareCourier,
    anonymous: ANONYMOUS,
  };
}, 60_000);

afterAll(async () => {
  await harness?.stop();
  await supergraph?.stop();
});

describe('every client operation answers as stock @apollo/gateway on the real stack', () => {
  it('runs every operation of schema/operations', () => {
    const covered = [...PARITY_STEPS.map((s) => s.operation), ...SUBSCRIPTIONS.map((s) => s.operation)];
    expect(new Set(covered)).toEqual(new Set(OPERATIONS.keys()));
  });

  it.each(PARITY_STEPS)('$operation', async (step) => {
    const operation = OPERATIONS.get(step.operation);
    if (!operation) throw new Error(`no operation ${step.operation} in schema/operations`);
    await step.before?.(actors, state);
    const variables = step.variables?.(actors, state) ?? {};
    const as = step.as(actors);
    const { ours, stock } = await harness.run(operation.document, variables, as, operation.kind === 'mutation');
    expect(ours).toEqual(stock);
    // The operation ran as intended: a refusal would make a weak comparison.
    const codes = (ours.errors as { extensions?: { code?: string } }[] | undefined)?.map((e) => e.extensions?.code);
    expect(codes ?? []).toEqual(step.expectedErrors ?? []);
    step.after?.(ours.data as Record<string, never>, state);
  });
});

/** The selection under the subscription's root field. */
function rootSelection(operation: string): string {
  const definition = parse(OPERATIONS.get(operation)!.document).definitions.find((d) => d.kind === Kind.OPERATION_DEFINITION);
  const root = definition?.selectionSet.selections[0];
  if (root?.kind !== Kind.FIELD || !root.selectionSet) throw new Error(`${operation} selects no object under its root field`);
  return print(root.selectionSet);
}

describe('every client subscription delivers what stock answers for the same selection', () => {
  const live: LiveClient[] = [];
  afterAll(async () => {
    await Promise.all(live.map((c) => c.dispose()));
  });

  it.each(SUBSCRIPTIONS)('$operation', async (subscription) => {
    const who = actors[subscription.as];
    const ids = await subscription.prepare(actors);
    const upstream = () => supergraph.stack.router.subscriptions?.stats().upstreamSubscriptions ?? 0;
    const before = upstream();
    const client = connectLive(supergraph.url, { token: who.account.token });
    live.push(client);
    const { document } = OPERATIONS.get(subscription.operation)!;
    const events = client.subscribe<Record<string, Record<string, unknown>>>(document, subscription.variables(ids, actors));
    await eventually(() => {
      if (upstream() <= before) throw new Error('not subscribed upstream yet');
    }, 5_000);
    await subscription.trigger(actors, ids);
    const data = await events.waitForData((d) => Object.values(d).some((event) => subscription.matches(event, ids)), 10_000);
    const event = Object.values(data)[0];
    const same = subscription.asQuery(rootSelection(subscription.operation), event, ids);
    const { fragments } = OPERATIONS.get(subscription.operation)!;
    const stock = await harness.stock([same.query, ...fragments].join('\n\n'), same.variables, who.identity);
    expect(stock.errors).toBeUndefined();
    expect(event).toEqual(same.pick(stock.data as Record<string, unknown>));
    events.dispose();
    await subscription.finish?.(actors, ids);
  });
});
