import type { CustomerOrderFragment } from '@generated/graphql';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../../i18n/use-format';

/** What was ordered, what it costs, how it is paid and where it goes (or where it is collected). */
export function OrderLines({ order }: { order: CustomerOrderFragment }) {
  const { t } = useTranslation('customer');
  const format = useFormat();
  const address = order.deliveryAddress;
  return (
    <section aria-labelledby="lines-heading">
      <h2 id="lines-heading">{t('order.linesTitle')}</h2>
      <table>
        <thead>
          <tr>
            <th scope="col">{t('order.item')}</th>
            <th scope="col">{t('order.quantity')}</th>
            <th scope="col">{t('order.lineTotal')}</th>
          </tr>
        </thead>
        <tbody>
          {order.lines.map((line) => (
            <tr key={line.id}>
              <td>
                {line.name}
                {line.notes && <span className="muted"> — {line.notes}</span>}
              </td>
              <td>{line.quantity}</td>
              <td>{format.money(line.lineTotal)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <dl className="totals">
        <div>
          <dt>{t('order.subtotal')}</dt>
          <dd>{format.money(order.subtotal)}</dd>
        </div>
        <div>
          <dt>{t('order.deliveryFee')}</dt>
          <dd>{format.money(order.deliveryFee)}</dd>
        </div>
        {order.discount.amount > 0 && (
          <div>
            <dt>{order.coupon ? t('order.discountWith', { code: order.coupon.code }) : t('order.discount')}</dt>
            <dd>−{format.money(order.discount)}</dd>
          </div>
        )}
        {order.tip.amount > 0 && (
          <div>
            <dt>{t('order.tip')}</dt>
            <dd>{format.money(order.tip)}</dd>
          </div>
        )}
        <div>
          <dt>
            <strong>{t('order.total')}</strong>
          </dt>
          <dd>
            <strong>{format.money(order.total)}</strong>
          </dd>
        </div>
        <div>
          <dt>{t('order.payment')}</dt>
          <dd>
            {t(`payment.${order.payment.method}`)} · {t(`paymentStatus.${order.payment.status}`)}
          </dd>
        </div>
      </dl>
      {/* A pick-up order's address is the restaurant's: where the customer collects it. */}
      <h3>{order.fulfilment === 'PICKUP' ? t('order.collectAt') : t('order.deliverTo')}</h3>
      <address>{[address.line1, address.line2, address.postalCode, address.city].filter(Boolean).join(', ')}</address>
      {order.notes && <p className="muted">{t('order.notes', { notes: order.notes })}</p>}
    </section>
  );
}
