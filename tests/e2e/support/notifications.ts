import { dataOf, eventually, type SignedIn, type TestSupergraph } from '@foodgraph/testing';

/** The fields the tests read of a notification. */
export const NOTIFICATION_FIELDS = 'id kind title body order { id } restaurant { id } createdAt readAt';

export const MY_NOTIFICATIONS = `query Inbox($unreadOnly: Boolean, $first: Int, $after: String) {
  myNotifications(unreadOnly: $unreadOnly, first: $first, after: $after) {
    edges { cursor node { ${NOTIFICATION_FIELDS} } } pageInfo { hasNextPage endCursor } unreadCount
  }
}`;

export const NOTIFICATION_ADDED = `subscription Notified { notificationAdded { ${NOTIFICATION_FIELDS} } }`;

export interface TestNotification {
  id: string;
  kind: string;
  title: string;
  body: string;
  order: { id: string } | null;
  restaurant: { id: string } | null;
  createdAt: string;
  readAt: string | null;
}

export interface Inbox {
  notifications: TestNotification[];
  unreadCount: number;
  hasNextPage: boolean;
}

/** One page of `who`'s inbox through the router, newest first. */
export async function inboxOf(sg: TestSupergraph, who: SignedIn, variables: Record<string, unknown> = { first: 100 }): Promise<Inbox> {
  const r = await sg.query<{
    myNotifications: { edges: { node: TestNotification }[]; pageInfo: { hasNextPage: boolean }; unreadCount: number };
  }>(MY_NOTIFICATIONS, { token: who.token, variables });
  const page = dataOf(r, 'myNotifications').myNotifications;
  return { notifications: page.edges.map((e) => e.node), unreadCount: page.unreadCount, hasNextPage: page.pageInfo.hasNextPage };
}

/** Waits until `who`'s inbox holds a notification that `match` accepts, and returns it. */
export function waitForNotification(
  sg: TestSupergraph,
  who: SignedIn,
  match: (n: TestNotification) => boolean,
  timeoutMs = 15_000,
): Promise<TestNotification> {
  return eventually(async () => {
    const found = (await inboxOf(sg, who)).notifications.find(match);
    if (!found) throw new Error('no such notification yet');
    return found;
  }, timeoutMs);
}

/** `who`'s notifications oldest first, as kind and title: the order things were told in. */
export async function journalOf(sg: TestSupergraph, who: SignedIn): Promise<Array<[string, string]>> {
  const { notifications } = await inboxOf(sg, who);
  return notifications.reverse().map((n) => [n.kind, n.title]);
}
