import { useMutation, useQuery } from '@apollo/client/react';
import { CheckoutDocument, CheckoutRestaurantDocument, MyBasketDocument, type CheckoutInput, type PaymentMethod } from '@generated/graphql';
import { useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { unplaced } from '../../../ui/api-errors';
import { ErrorList } from '../../../ui/ErrorList';
import { TextField } from '../../../ui/TextField';
import { useApiErrors } from '../../../ui/use-api-errors';
import type { ServerBasket } from '../basket/use-server-basket';
import { CouponField } from './CouponField';
import { DeliveryTime } from './DeliveryTime';
import { IdempotencyKeys } from './idempotency-key';
import { TipChoices } from './TipChoices';
import { useDropoffLocation } from './use-dropoff-location';

const ADDRESS = 'input.deliveryAddress';
const SCHEDULED = ['input.scheduledFor', 'scheduledFor'];
const FIELDS = [`${ADDRESS}.line1`, `${ADDRESS}.line2`, `${ADDRESS}.city`, `${ADDRESS}.postalCode`, 'input.notes', ...SCHEDULED];

/**
 * Address, payment, coupon, tip, when, notes — then `checkout`, which places the server's basket
 * as an order. What the person typed goes to the API as typed: its checks (required parts,
 * minimum order, opening hours, the slot) come back beside the field.
 */
export function CheckoutForm({ basket }: { basket: ServerBasket }) {
  const { t } = useTranslation('customer');
  const navigate = useNavigate();
  const restaurantId = basket.basket?.restaurant?.id ?? '';
  const { data: restaurantData } = useQuery(CheckoutRestaurantDocument, { variables: { id: restaurantId }, skip: !restaurantId });
  const [checkout, { loading, error }] = useMutation(CheckoutDocument, { refetchQueries: [MyBasketDocument] });
  const errors = useApiErrors(error);
  const keys = useRef(new IdempotencyKeys());
  const location = useDropoffLocation();
  const [address, setAddress] = useState({ line1: '', line2: '', city: '', postalCode: '' });
  const [notes, setNotes] = useState('');
  const [paymentMethod, setPaymentMethod] = useState<PaymentMethod>('QR_CODE');
  const [scheduledFor, setScheduledFor] = useState<string | null>(null);

  async function submit(event: FormEvent) {
    event.preventDefault();
    const request: Omit<CheckoutInput, 'idempotencyKey'> = {
      deliveryAddress: { ...address, line2: address.line2 || null, ...(location.point ? { location: location.point } : {}) },
      paymentMethod,
      notes: notes || null,
      scheduledFor,
    };
    // The basket's version is part of the request: a changed basket is another order, with another key.
    const input: CheckoutInput = { ...request, idempotencyKey: keys.current.keyFor({ request, basket: basket.basket?.updatedAt }) };
    const { data } = await checkout({ variables: { input } }).catch(() => ({ data: undefined }));
    if (data?.checkout) void navigate(`/orders/${data.checkout.id}`);
  }

  const field = (name: keyof typeof address, autoComplete: string, required = true) => (
    <TextField
      label={t(`checkout.${name}`)}
      name={name}
      autoComplete={autoComplete}
      required={required}
      value={address[name]}
      onChange={(e) => setAddress({ ...address, [name]: e.target.value })}
      error={errors.byField.get(`${ADDRESS}.${name}`)}
    />
  );
  const restaurant = restaurantData?.restaurant;

  return (
    <div className="checkout-steps">
      {/* Coupon and tip change the server's basket at once, so they sit outside the order's form. */}
      <section aria-labelledby="extras-heading" className="form narrow">
        <h2 id="extras-heading">{t('checkout.extrasTitle')}</h2>
        <CouponField basket={basket} />
        <TipChoices basket={basket} />
      </section>
      <form className="form narrow" onSubmit={(e) => void submit(e)} noValidate aria-labelledby="address-heading">
        <h2 id="address-heading">{t('checkout.addressTitle')}</h2>
        <ErrorList messages={unplaced(errors, FIELDS)} />
        {field('line1', 'address-line1')}
        {field('line2', 'address-line2', false)}
        {field('postalCode', 'postal-code')}
        {field('city', 'address-level2')}
        <div className="row">
          <button type="button" className="secondary" onClick={location.locate} disabled={location.status === 'locating'}>
            {t('checkout.pinLocation')}
          </button>
          <span role="status">
            {location.status === 'located' && t('checkout.located')}
            {location.status === 'locating' && t('checkout.locating')}
            {location.status === 'denied' && t('checkout.locationDenied')}
          </span>
        </div>
        {restaurant && (
          <DeliveryTime
            restaurant={restaurant}
            value={scheduledFor}
            onChange={setScheduledFor}
            error={SCHEDULED.map((f) => errors.byField.get(f)).find(Boolean)}
          />
        )}
        <fieldset className="payment">
          <legend>{t('checkout.paymentTitle')}</legend>
          {(['QR_CODE', 'CASH_ON_DELIVERY'] as const).map((method) => (
            <label key={method}>
              <input
                type="radio"
                name="paymentMethod"
                value={method}
                checked={paymentMethod === method}
                onChange={() => setPaymentMethod(method)}
              />{' '}
              {t(`payment.${method}`)}
            </label>
          ))}
        </fieldset>
        <div className="field">
          <label htmlFor="order-notes">{t('checkout.notes')}</label>
          <textarea
            id="order-notes"
            rows={3}
            value={notes}
            onChange={(e) => setNotes(e.target.value)}
            aria-invalid={errors.byField.has('input.notes') || undefined}
            aria-describedby={errors.byField.has('input.notes') ? 'order-notes-error' : undefined}
          />
          {errors.byField.has('input.notes') && (
            <span id="order-notes-error" className="field-error" role="alert">
              {errors.byField.get('input.notes')}
            </span>
          )}
        </div>
        <button type="submit" disabled={loading || basket.busy}>
          {scheduledFor ? t('checkout.placeScheduled') : t('checkout.placeOrder')}
        </button>
      </form>
    </div>
  );
}
