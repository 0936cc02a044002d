import type { BasketViewFragment } from '@generated/graphql';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../../i18n/use-format';

/** The server's sums for the basket: what the order will cost if placed now. */
export function BasketTotals({ basket }: { basket: BasketViewFragment }) {
  const { t } = useTranslation('customer');
  const format = useFormat();
  return (
    <dl className="totals" aria-label={t('basket.totalsLabel')}>
      <div>
        <dt>{t('order.subtotal')}</dt>
        <dd>{format.money(basket.subtotal)}</dd>
      </div>
      <div>
        <dt>{t('order.deliveryFee')}</dt>
        <dd>{format.money(basket.deliveryFee)}</dd>
      </div>
      {basket.discount.amount > 0 && (
        <div>
          <dt>{basket.couponCode ? t('order.discountWith', { code: basket.couponCode }) : t('order.discount')}</dt>
          <dd>−{format.money(basket.discount)}</dd>
        </div>
      )}
      {basket.tip.amount > 0 && (
        <div>
          <dt>{t('order.tip')}</dt>
          <dd>{format.money(basket.tip)}</dd>
        </div>
      )}
      <div>
        <dt>
          <strong>{t('order.total')}</strong>
        </dt>
        <dd>
          <strong>{format.money(basket.total)}</strong>
        </dd>
      </div>
    </dl>
  );
}
