import { useQuery } from '@apollo/client/react';
import { MyOrdersDocument } from '@generated/graphql';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useFormat } from '../../i18n/use-format';
import { ErrorList } from '../../ui/ErrorList';
import { Loading } from '../../ui/Loading';
import { Page } from '../../ui/Page';
import { useApiErrors } from '../../ui/use-api-errors';
import './customer.css';
import { statusKey } from './order/order-status';

const PAGE_SIZE = 10;

/** /orders: the customer's orders, newest first, more on request. */
export default function OrdersPage() {
  const { t } = useTranslation('customer');
  const format = useFormat();
  const { data, loading, error, fetchMore } = useQuery(MyOrdersDocument, {
    variables: { first: PAGE_SIZE },
    fetchPolicy: 'cache-and-network',
  });
  const errors = useApiErrors(error);
  const orders = data?.myOrders;
  return (
    <Page title={t('orders.title')}>
      <ErrorList messages={errors.general} />
      {loading && !orders && <Loading />}
      {orders && orders.edges.length === 0 && (
        <p>
          {t('orders.none')} <Link to="/">{t('checkout.browse')}</Link>
        </p>
      )}
      {orders && orders.edges.length > 0 && (
        <table>
          <caption className="visually-hidden">{t('orders.caption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('orders.number')}</th>
              <th scope="col">{t('orders.restaurant')}</th>
              <th scope="col">{t('orders.placed')}</th>
              <th scope="col">{t('orders.status')}</th>
              <th scope="col">{t('orders.total')}</th>
            </tr>
          </thead>
          <tbody>
            {orders.edges.map(({ node }) => (
              <tr key={node.id}>
                <td>
                  <Link to={`/orders/${node.id}`} aria-label={t('orders.open', { number: node.number, restaurant: node.restaurant.name })}>
                    {node.number}
                  </Link>
                </td>
                <td>{node.restaurant.name}</td>
                <td>{format.dateTime(node.placedAt)}</td>
                <td>
                  {t(statusKey(node))}
                  {node.fulfilment === 'PICKUP' && <span className="muted"> · {t('fulfilment.PICKUP')}</span>}
                  {node.status === 'SCHEDULED' && node.scheduledFor && (
                    <span className="muted"> · {t('orders.scheduledFor', { when: format.dateTime(node.scheduledFor) })}</span>
                  )}
                </td>
                <td>{format.money(node.total)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {orders?.pageInfo.hasNextPage && (
        <button
          type="button"
          className="secondary"
          disabled={loading}
          onClick={() => void fetchMore({ variables: { after: orders.pageInfo.endCursor } })}
        >
          {t('orders.more')}
        </button>
      )}
    </Page>
  );
}
