import { useMutation, useQuery } from '@apollo/client/react';
import { CouponsDocument, DeactivateCouponDocument, type CouponRowFragment } from '@generated/graphql';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorList } from '../../ui/ErrorList';
import { Loading } from '../../ui/Loading';
import { useApiErrors } from '../../ui/use-api-errors';
import { CouponForm } from './CouponForm';
import { CouponTable } from './CouponTable';

interface Props {
  /** One restaurant's coupons (its owner), or null for every coupon (admins, who create platform-wide ones). */
  restaurantId: string | null;
  currency: string;
}

/** The coupon list and the form for a new one, for a partner's restaurant or the whole platform. */
export function CouponsPanel({ restaurantId, currency }: Props) {
  const { t } = useTranslation('coupons');
  const { data, loading, error } = useQuery(CouponsDocument, { variables: { restaurantId, first: 100 }, fetchPolicy: 'cache-and-network' });
  const [deactivate, deactivating] = useMutation(DeactivateCouponDocument);
  const errors = useApiErrors(error ?? deactivating.error);
  const [news, setNews] = useState('');

  async function stop(coupon: CouponRowFragment) {
    const { data: done } = await deactivate({ variables: { id: coupon.id } }).catch(() => ({ data: undefined }));
    if (done?.deactivateCoupon) setNews(t('list.deactivated', { code: coupon.code }));
  }

  return (
    <>
      <ErrorList messages={[...errors.general, ...errors.byField.values()]} />
      <div aria-live="polite">{news && <p className="notice">{news}</p>}</div>
      {loading && !data ? (
        <Loading />
      ) : data && data.coupons.length > 0 ? (
        <CouponTable
          coupons={data.coupons}
          showScope={restaurantId === null}
          onDeactivate={(c) => void stop(c)}
          busy={deactivating.loading}
          currency={currency}
        />
      ) : (
        <p className="muted">{t('list.empty')}</p>
      )}
      <CouponForm restaurantId={restaurantId} currency={currency} onCreated={(c) => setNews(t('form.created', { code: c.code }))} />
    </>
  );
}
