import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { unplaced } from '../../../ui/api-errors';
import { ErrorList } from '../../../ui/ErrorList';
import { TextField } from '../../../ui/TextField';
import { useApiErrors } from '../../../ui/use-api-errors';
import type { ServerBasket } from '../basket/use-server-basket';

/**
 * The coupon code: applied to the server's basket, which answers with the discount; a code the
 * API refuses (unknown, expired, used up, below its minimum) is shown beside the field.
 */
export function CouponField({ basket }: { basket: ServerBasket }) {
  const { t } = useTranslation('customer');
  const errors = useApiErrors(basket.couponError);
  const [code, setCode] = useState('');
  const applied = basket.basket?.couponCode;

  async function apply(event: FormEvent) {
    event.preventDefault();
    await basket.applyCoupon(code.trim() || null).catch(() => undefined);
  }

  if (applied) {
    return (
      <div className="row coupon-applied" role="group" aria-label={t('coupon.label')}>
        <span role="status">{t('coupon.applied', { code: applied })}</span>
        <button
          type="button"
          className="secondary"
          disabled={basket.busy}
          onClick={() => void basket.applyCoupon(null).catch(() => undefined)}
        >
          {t('coupon.remove')}
        </button>
      </div>
    );
  }
  return (
    // Its own form: Enter in the code applies the coupon and does not place the order.
    <form className="row coupon-form" onSubmit={(e) => void apply(e)} noValidate aria-label={t('coupon.label')}>
      <TextField
        label={t('coupon.code')}
        name="coupon"
        autoComplete="off"
        value={code}
        onChange={(e) => setCode(e.target.value)}
        error={errors.byField.get('code')}
      />
      <button type="submit" className="secondary" disabled={basket.busy || !code.trim()}>
        {t('coupon.apply')}
      </button>
      <ErrorList messages={unplaced(errors, ['code'])} />
    </form>
  );
}
