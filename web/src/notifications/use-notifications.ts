import { useMutation, useQuery, useSubscription } from '@apollo/client/react';
import {
  BellNotificationsDocument,
  MarkNotificationsReadDocument,
  NotificationAddedDocument,
  type BellNotificationFragment,
  type BellNotificationsQuery,
} from '@generated/graphql';
import { useEffect, useRef } from 'react';

/** How many of the newest notifications the bell lists. */
export const BELL_PAGE_SIZE = 20;

const variables = { first: BELL_PAGE_SIZE };

/** The cached inbox with one more notification on top (once, however often it arrives). */
function withAdded(previous: BellNotificationsQuery | null | undefined, added: BellNotificationFragment): BellNotificationsQuery {
  const inbox = previous?.myNotifications ?? { __typename: 'NotificationConnection' as const, edges: [], unreadCount: 0 };
  if (inbox.edges.some((edge) => edge.node.id === added.id)) return previous!;
  const edge = { __typename: 'NotificationEdge' as const, node: added };
  return {
    __typename: 'Query',
    myNotifications: {
      ...inbox,
      edges: [edge, ...inbox.edges].slice(0, BELL_PAGE_SIZE),
      unreadCount: inbox.unreadCount + (added.readAt ? 0 : 1),
    },
  };
}

/**
 * The signed-in user's newest notifications and unread count: `myNotifications` once, then
 * every `notificationAdded` laid into that cached page, so the bell updates without a reload.
 * `onAdded` hears of each new one (to announce it).
 */
export function useNotifications(onAdded: (notification: BellNotificationFragment) => void) {
  const inbox = useQuery(BellNotificationsDocument, { variables });
  const added = useRef(onAdded);
  useEffect(() => {
    added.current = onAdded;
  }, [onAdded]);

  const live = useSubscription(NotificationAddedDocument, {
    onData: ({ client, data }) => {
      const notification = data.data?.notificationAdded;
      if (!notification) return;
      client.cache.updateQuery({ query: BellNotificationsDocument, variables }, (previous) => withAdded(previous, notification));
      added.current(notification);
    },
  });

  const [mark, marking] = useMutation(MarkNotificationsReadDocument, {
    refetchQueries: [{ query: BellNotificationsDocument, variables }],
    awaitRefetchQueries: true,
  });

  return {
    notifications: inbox.data?.myNotifications.edges.map((edge) => edge.node) ?? [],
    unreadCount: inbox.data?.myNotifications.unreadCount ?? 0,
    loading: inbox.loading && !inbox.data,
    error: inbox.error ?? live.error ?? marking.error,
    /** Marks these notifications read, or all of them with `null`. */
    markRead: (ids: string[] | null) => mark({ variables: { ids } }).catch(() => undefined),
  };
}
