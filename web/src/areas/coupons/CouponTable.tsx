import type { CouponRowFragment } from '@generated/graphql';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../i18n/use-format';

interface Props {
  coupons: readonly CouponRowFragment[];
  /** Shows whose each coupon is (the admin's list mixes platform-wide and restaurants' coupons). */
  showScope: boolean;
  onDeactivate: (coupon: CouponRowFragment) => void;
  busy: boolean;
  /** The currency of fixed amounts (the restaurant's). */
  currency: string;
}

/** The coupons with their terms, how often each was redeemed, and "Deactivate" while active. */
export function CouponTable({ coupons, showScope, onDeactivate, busy, currency }: Props) {
  const { t } = useTranslation('coupons');
  const format = useFormat();
  const discount = (c: CouponRowFragment) =>
    c.kind === 'PERCENT'
      ? t('list.percentOff', { value: c.value })
      : format.money({ amount: c.value, currency: c.minimumOrder?.currency ?? currency });
  const window = (c: CouponRowFragment) =>
    c.validFrom || c.validUntil ? `${format.dateTime(c.validFrom) || '…'} – ${format.dateTime(c.validUntil) || '…'}` : t('list.always');
  return (
    <table aria-label={t('list.label')}>
      <thead>
        <tr>
          <th scope="col">{t('list.code')}</th>
          {showScope && <th scope="col">{t('list.scope')}</th>}
          <th scope="col">{t('list.discount')}</th>
          <th scope="col">{t('list.minimum')}</th>
          <th scope="col">{t('list.window')}</th>
          <th scope="col">{t('list.redemptions')}</th>
          <th scope="col">{t('list.status')}</th>
          <th scope="col">{t('list.actions')}</th>
        </tr>
      </thead>
      <tbody>
        {coupons.map((c) => (
          <tr key={c.id}>
            <th scope="row">{c.code}</th>
            {showScope && <td>{c.restaurant?.name ?? t('list.platform')}</td>}
            <td>{discount(c)}</td>
            <td>{c.minimumOrder ? format.money(c.minimumOrder) : '—'}</td>
            <td>{window(c)}</td>
            <td>
              {c.maxRedemptions == null
                ? t('list.redeemed', { count: c.redemptions })
                : t('list.redeemedOf', { count: c.redemptions, max: c.maxRedemptions })}
              {c.perCustomerLimit != null && <span className="muted"> · {t('list.perCustomer', { count: c.perCustomerLimit })}</span>}
            </td>
            <td>{c.active ? t('list.active') : t('list.inactive')}</td>
            <td>
              {c.active && (
                <button
                  type="button"
                  className="secondary"
                  disabled={busy}
                  onClick={() => onDeactivate(c)}
                  aria-label={t('list.deactivate', { code: c.code })}
                >
                  {t('list.deactivateShort')}
                </button>
              )}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
