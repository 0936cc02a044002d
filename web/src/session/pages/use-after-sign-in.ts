import type { SessionFieldsFragment } from '@generated/graphql';
import { useNavigate, useSearchParams } from 'react-router';
import { homeOf } from '../../app/home-of';
import { useSession } from '../session-context';

/** Signs in with a fresh session payload and goes where the person was headed (or their area). */
export function useAfterSignIn(): (payload: SessionFieldsFragment) => Promise<void> {
  const { signIn } = useSession();
  const navigate = useNavigate();
  const [params] = useSearchParams();
  return async (payload) => {
    await signIn(payload);
    const next = params.get('next');
    // Only a path of this app: never an absolute URL someone put in a link.
    void navigate(next?.startsWith('/') && !next.startsWith('//') ? next : homeOf(payload.user.role), { replace: true });
  };
}
