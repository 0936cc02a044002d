import type { BellNotificationFragment } from '@generated/graphql';
import { useCallback, useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useFormat } from '../i18n/use-format';
import { useSession } from '../session/session-context';
import { ErrorList } from '../ui/ErrorList';
import { useApiErrors } from '../ui/use-api-errors';
import { linkOf } from './notification-link';
import './notifications.css';
import { useNotifications } from './use-notifications';

/**
 * The bell in every signed-in page's header: the unread count on a button that opens the
 * newest notifications, kept live by `notificationAdded`; each new one is also announced to
 * screen readers. Escape (or the button again) closes the list and returns focus to the bell.
 */
export function NotificationBell() {
  const { t } = useTranslation('notifications');
  const format = useFormat();
  const { session } = useSession();
  const role = session?.user.role ?? '';
  const [open, setOpen] = useState(false);
  const [announcement, setAnnouncement] = useState('');
  const panelId = useId();
  const bell = useRef<HTMLButtonElement>(null);
  const onAdded = useCallback((n: BellNotificationFragment) => setAnnouncement(t('announce', { title: n.title })), [t]);
  const { notifications, unreadCount, loading, error, markRead } = useNotifications(onAdded);
  const errors = useApiErrors(error);

  const close = useCallback(() => {
    setOpen(false);
    bell.current?.focus();
  }, []);
  useEffect(() => {
    if (!open) return;
    const onKey = (event: KeyboardEvent) => {
      if (event.key === 'Escape') close();
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, [open, close]);

  return (
    <div className="notification-bell">
      <button
        ref={bell}
        type="button"
        className="secondary bell-button"
        aria-expanded={open}
        aria-controls={panelId}
        onClick={() => setOpen((was) => !was)}
      >
        <BellIcon /> {t('bell', { count: unreadCount })}
      </button>
      <p className="visually-hidden" role="status" aria-live="polite">
        {announcement}
      </p>
      <section id={panelId} className="bell-panel" aria-label={t('panel')} hidden={!open}>
        <ErrorList messages={errors.general} />
        {loading && <p>{t('loading')}</p>}
        {!loading && notifications.length === 0 && <p className="muted">{t('empty')}</p>}
        {notifications.length > 0 && (
          <>
            <button type="button" className="secondary" disabled={unreadCount === 0} onClick={() => void markRead(null)}>
              {t('markAllRead')}
            </button>
            <ul className="bell-list">
              {notifications.map((n) => {
                const to = linkOf(n, role);
                const unread = !n.readAt;
                return (
                  <li key={n.id} className={unread ? 'bell-item unread' : 'bell-item'}>
                    <p className="bell-meta">
                      <span className="status-badge">{t(`kind.${n.kind}`)}</span> {unread && <strong>{t('unread')}</strong>}{' '}
                      <time dateTime={n.createdAt}>{format.dateTime(n.createdAt)}</time>
                    </p>
                    <p className="bell-title">
                      {to ? (
                        <Link
                          to={to}
                          onClick={() => {
                            if (unread) void markRead([n.id]);
                            setOpen(false);
                          }}
                        >
                          {n.title}
                        </Link>
                      ) : (
                        n.title
                      )}
                    </p>
                    {n.body && <p className="bell-body">{n.body}</p>}
                    {unread && (
                      <button type="button" className="secondary" onClick={() => void markRead([n.id])}>
                        {t('markRead')}
                        <span className="visually-hidden"> — {n.title}</span>
                      </button>
                    )}
                  </li>
                );
              })}
            </ul>
          </>
        )}
      </section>
    </div>
  );
}

/** A bell drawn in the text colour (no emoji font needed); decorative, the button's text names it. */
function BellIcon() {
  return (
    <svg className="bell-icon" viewBox="0 0 24 24" width="18" height="18" aria-hidden="true" focusable="false">
      <path
        fill="currentColor"
        d="M12 22a2.5 2.5 0 0 0 2.45-2h-4.9A2.5 2.5 0 0 0 12 22Zm7-6V11a7 7 0 0 0-5.5-6.84V3.5a1.5 1.5 0 0 0-3 0v.66A7 7 0 0 0 5 11v5l-2 2v1h18v-1l-2-2Z"
      />
    </svg>
  );
}
