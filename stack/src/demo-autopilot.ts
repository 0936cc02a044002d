import type { Logger } from '@foodgraph/platform/logging';
import { DEMO_LOGINS } from './demo-data';
import { errorCodes, postGraphQL, type GraphQLResult } from './graphql-client';

/** Options of `startDemoAutopilot`. */
export interface DemoAutopilotOptions {
  /** The router's GraphQL endpoint. */
  routerUrl: string;
  logger: Logger;
  /** Pause between two passes, in ms. @default 2000 */
  intervalMs?: number;
}

export interface DemoAutopilot {
  stop(): Promise<void>;
}

type Who = { email: string; password: string };

/**
 * `FOODGRAPH_DEMO_AUTO_ACCEPT`: the demo partner and the demo courier answer by themselves, so
 * a newcomer's paid demo order goes all the way without anyone at the kitchen or on a bike.
 * Every pass, through the router's public API and only as those two demo users: the partner
 * accepts the PLACED orders of its restaurants (the demo kitchen, KITCHEN_SIMULATOR_SECONDS,
 * cooks them), the courier goes online, takes what it is offered, picks it up once the food
 * is ready and delivers it. Other restaurants and couriers are never touched.
 */
export function startDemoAutopilot(options: DemoAutopilotOptions): DemoAutopilot {
  const log = options.logger.child({ component: 'demo-autopilot' });
  const tokens = new Map<string, string>();
  let stopped = false;
  let timer: NodeJS.Timeout | undefined;
  let running: Promise<void> = Promise.resolve();

  const as = async <T>(who: Who, query: string, variables: Record<string, unknown> = {}): Promise<GraphQLResult<T>> => {
    for (let attempt = 0; ; attempt++) {
      let token = tokens.get(who.email);
      if (!token) {
        const r = await postGraphQL<{ login: { accessToken: string } }>(
          options.routerUrl,
          'mutation($e: String!, $p: String!) { login(email: $e, password: $p) { accessToken } }',
          { variables: { e: who.email, p: who.password } },
        );
        if (!r.data) throw new Error(`cannot sign in as ${who.email}: ${JSON.stringify(r.errors)}`);
        token = r.data.login.accessToken;
        tokens.set(who.email, token);
      }
      const result = await postGraphQL<T>(options.routerUrl, query, { variables, token });
      // An expired access token: sign in again once.
      if (attempt === 0 && errorCodes(result).includes('UNAUTHENTICATED')) {
        tokens.delete(who.email);
        continue;
      }
      return result;
    }
  };

  const partnerPass = async () => {
    const partner = DEMO_LOGINS.partner;
    const me = await as<{ me: { restaurants: { id: string }[] } | null }>(partner, '{ me { restaurants { id } } }');
    for (const { id } of me.data?.me?.restaurants ?? []) {
      const queue = await as<{ kitchenQueue: { id: string; status: string }[] }>(
        partner,
        'query($r: ID!) { kitchenQueue(restaurantId: $r) { id status } }',
        { r: id },
      );
      for (const order of queue.data?.kitchenQueue ?? []) {
        if (order.status !== 'PLACED') continue;
        const accepted = await as(partner, 'mutation($o: ID!) { acceptOrder(orderId: $o, prepMinutes: 10) { id } }', { o: order.id });
        if (!accepted.errors) log.info({ orderId: order.id }, 'demo partner accepted an order');
      }
    }
  };

  const courierPass = async () => {
    const courier = DEMO_LOGINS.courier;
    const profile = await as<{
      myCourierProfile: {
        status: string;
        offeredDelivery: { id: string } | null;
        activeDelivery: { id: string; status: string } | null;
      } | null;
    }>(courier, '{ myCourierProfile { status offeredDelivery { id } activeDelivery { id status } } }');
    const me = profile.data?.myCourierProfile;
    if (!me) return;
    if (me.status === 'OFFLINE') await as(courier, 'mutation { setCourierAvailability(available: true) { id } }');
    if (me.offeredDelivery) {
      const r = await as(courier, 'mutation($d: ID!) { acceptDelivery(deliveryId: $d) { id } }', { d: me.offeredDelivery.id });
      if (!r.errors) log.info({ deliveryId: me.offeredDelivery.id }, 'demo courier took a delivery');
      return;
    }
    const active = me.activeDelivery;
    // Picking up before the kitchen is done answers INVALID_STATE_TRANSITION: the next pass tries again.
    if (active?.status === 'ASSIGNED') await as(courier, 'mutation($d: ID!) { markPickedUp(deliveryId: $d) { id } }', { d: active.id });
    else if (active?.status === 'PICKED_UP') {
      const r = await as(courier, 'mutation($d: ID!) { markDelivered(deliveryId: $d) { id } }', { d: active.id });
      if (!r.errors) log.info({ deliveryId: active.id }, 'demo courier delivered');
    }
  };

  const pass = async () => {
    for (const step of [partnerPass, courierPass]) {
      await step().catch((err: unknown) => log.warn({ err }, 'demo autopilot pass failed'));
    }
  };
  const schedule = () => {
    if (stopped) return;
    timer = setTimeout(() => {
      running = pass().finally(schedule);
    }, options.intervalMs ?? 2000);
    timer.unref();
  };
  schedule();
  log.info('demo autopilot on: the demo partner accepts orders, the demo courier delivers them');

  return {
    async stop() {
      stopped = true;
      clearTimeout(timer);
      await running;
    },
  };
}
