import { eventually, type TestSupergraph } from '@foodgraph/testing';

/** What a customer's order screen watches: fields from orders, menu, feedback and delivery. */
export const ORDER_UPDATED = `subscription WatchOrder($orderId: ID!) {
  orderUpdated(orderId: $orderId) { id status restaurant { name rating } delivery { status courier { name } } }
}`;

/** The kitchen screen's feed. */
export const KITCHEN_FEED = `subscription KitchenFeed($restaurantId: ID!) {
  restaurantOrderFeed(restaurantId: $restaurantId) { id number status lines { name quantity } restaurant { name } }
}`;

/** A courier's offers and assignments. */
export const DELIVERY_OFFERS = `subscription Offers {
  deliveryOffers { id status order { id } courier { name } }
}`;

/** The courier on the customer's map. */
export const COURIER_LOCATION = `subscription FollowCourier($orderId: ID!) {
  courierLocation(orderId: $orderId) { location { lat lng } at }
}`;

export interface LiveOrder {
  orderUpdated: {
    id: string;
    status: string;
    restaurant: { name: string; rating: number | null };
    delivery: { status: string; courier: { name: string } | null } | null;
  };
}

export interface LiveOffer {
  deliveryOffers: { id: string; status: string; order: { id: string }; courier: { name: string } | null };
}

/** The graphql-ws counters of one subgraph of the stack. */
export function upstreamOf(sg: TestSupergraph, subgraph: string): { connections: number; subscriptions: number } {
  const counters = sg.stack.subgraphs[subgraph]?.subgraph.subscriptions;
  if (!counters) throw new Error(`${subgraph} serves no subscriptions`);
  return counters;
}

/**
 * Waits until `subgraph` runs `count` subscriptions: the router has subscribed upstream and
 * the subgraph listens on its pub/sub, so what happens from now on reaches the subscriber.
 */
export function upstreamLive(counters: () => { subscriptions: number }, count: number): Promise<void> {
  return eventually(() => {
    const running = counters().subscriptions;
    if (running !== count) throw new Error(`${running} upstream subscriptions, waiting for ${count}`);
  }, 10_000);
}
