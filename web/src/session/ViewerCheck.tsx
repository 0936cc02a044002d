import { useQuery } from '@apollo/client/react';
import { ViewerDocument } from '@generated/graphql';
import { useEffect } from 'react';
import type { SessionStore } from './session-store';

/**
 * Asks the router who the stored session is when the app opens (and after each sign-in): a
 * session revoked or expired while the tab was closed ends here — its refresh is refused and
 * the person is sent to sign in — and a changed name or role shows at once. Renders nothing.
 */
export function ViewerCheck({ store, signedIn }: { store: SessionStore; signedIn: boolean }) {
  const { data } = useQuery(ViewerDocument, { skip: !signedIn, fetchPolicy: 'network-only' });
  const viewer = data?.me;
  useEffect(() => {
    if (viewer) store.setUser(viewer);
  }, [viewer, store]);
  return null;
}
