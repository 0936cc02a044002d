import { useQuery } from '@apollo/client/react';
import { KitchenRestaurantDocument, type KitchenTicketFragment } from '@generated/graphql';
import { useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { ErrorList } from '../../ui/ErrorList';
import { Loading } from '../../ui/Loading';
import { Page } from '../../ui/Page';
import { useSession } from '../../session/session-context';
import { useApiErrors } from '../../ui/use-api-errors';
import { MenuStock } from './menu/MenuStock';
import { OpenSwitch } from './OpenSwitch';
import { OrderTicket } from './queue/OrderTicket';
import { useKitchenQueue } from './queue/use-kitchen-queue';
import { useChime } from './sound/use-chime';
import { Switch } from '../../ui/Switch';

/** One restaurant's kitchen: the open switch, the live queue, and the dishes' availability. */
export function KitchenBoardPage() {
  const { restaurantId = '' } = useParams();
  const { t } = useTranslation('kitchen');
  const role = useSession().session?.user.role;
  const restaurant = useQuery(KitchenRestaurantDocument, { variables: { restaurantId } });
  const chime = useChime();
  const [announcement, setAnnouncement] = useState('');
  const onArrival = useCallback(
    (order: KitchenTicketFragment) => {
      chime.play();
      setAnnouncement(t('queue.arrived', { number: order.number, count: order.lines.length }));
    },
    [chime, t],
  );
  const queue = useKitchenQueue(restaurantId, onArrival);
  const errors = useApiErrors(restaurant.error ?? queue.error);
  const details = restaurant.data?.restaurant;

  if (restaurant.loading && !restaurant.data) return <Loading />;
  if (!details) {
    return (
      <Page title={t('title')}>
        <ErrorList messages={errors.general.length > 0 ? errors.general : [t('board.notFound')]} />
        <p>
          <Link to="/kitchen">{t('board.back')}</Link>
        </p>
      </Page>
    );
  }
  return (
    <Page title={t('board.title', { name: details.name })}>
      <p>
        <Link to="/kitchen">{t('board.back')}</Link>
      </p>
      <div className="kitchen-controls row">
        {/* Opening and closing is the owner's call; kitchen staff run the queue and the dishes. */}
        {role !== 'STAFF' && <OpenSwitch restaurantId={details.id} acceptingOrders={details.acceptingOrders} isOpen={details.isOpen} />}
        <Switch label={t('board.sound')} checked={chime.enabled} onChange={() => void chime.toggle()} />
      </div>
      <ErrorList messages={[...errors.general, ...errors.byField.values()]} />
      {/* Announced to screen readers as orders arrive; also shown, for whoever looks away. */}
      <p className="kitchen-announcement" aria-live="polite" role="status">
        {announcement}
      </p>
      <section aria-labelledby="queue-heading">
        <h2 id="queue-heading">{t('queue.title', { count: queue.orders.length })}</h2>
        {queue.loading ? (
          <Loading />
        ) : queue.orders.length === 0 ? (
          <p className="muted">{t('queue.empty')}</p>
        ) : (
          <ul className="ticket-list">
            {queue.orders.map((order) => (
              <li key={order.id}>
                <OrderTicket order={order} />
              </li>
            ))}
          </ul>
        )}
      </section>
      <section aria-labelledby="menu-heading">
        <h2 id="menu-heading">{t('menu.title')}</h2>
        <MenuStock items={details.menu} />
      </section>
    </Page>
  );
}
