import type { KioskOrderViewFragment } from '@generated/graphql';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../i18n/use-format';

/**
 * The placed order's sums as the API priced it: the dishes, the fee the order carries (none for
 * a pick-up order; the kiosk never works one out itself) and what the QR code asks for.
 */
export function KioskTotals({ order }: { order: Pick<KioskOrderViewFragment, 'subtotal' | 'deliveryFee' | 'total'> }) {
  const { t } = useTranslation('kiosk');
  const format = useFormat();
  return (
    <dl className="kiosk-totals" aria-label={t('order.totals')}>
      <div>
        <dt>{t('order.subtotal')}</dt>
        <dd>{format.money(order.subtotal)}</dd>
      </div>
      <div>
        <dt>{t('order.deliveryFee')}</dt>
        <dd>{format.money(order.deliveryFee)}</dd>
      </div>
      <div>
        <dt>{t('order.total')}</dt>
        <dd>{format.money(order.total)}</dd>
      </div>
    </dl>
  );
}
