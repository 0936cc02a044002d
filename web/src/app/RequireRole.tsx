import type { Role } from '@generated/graphql';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, Navigate, useLocation } from 'react-router';
import { useSession } from '../session/session-context';
import { Page } from '../ui/Page';
import { homeOf } from './home-of';

interface Props {
  roles: readonly Role[];
  /** The area's name for the "not for you" page, e.g. "the kitchen". */
  area: string;
  /** Whether a guest session counts (the customer's orders). @default false */
  guests?: boolean;
  children: ReactNode;
}

/**
 * An area for some roles only: signed out → the sign-in page (and back here after); signed in
 * with another role → a page that says so and where that person's own area is. The router
 * refuses the operations anyway; this only spares a person a screen of errors.
 */
export function RequireRole({ roles, area, guests = false, children }: Props) {
  const { session } = useSession();
  const location = useLocation();
  const { t } = useTranslation();
  if (!session) return <Navigate to={`/login?next=${encodeURIComponent(location.pathname + location.search)}`} replace />;
  const { role, isGuest } = session.user;
  if (roles.includes(role) && (guests || !isGuest)) return <>{children}</>;
  return (
    <Page title={t('wrongRole.title')}>
      <p>{t('wrongRole.body', { area, role: t(`roles.${role}`) })}</p>
      <p>
        <Link to={homeOf(role)}>{t('wrongRole.goHome')}</Link>
      </p>
    </Page>
  );
}
