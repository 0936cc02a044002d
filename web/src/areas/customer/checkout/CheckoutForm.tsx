import { useMutation } from '@apollo/client/react';
import { PlaceOrderDocument, type PaymentMethod, type PlaceOrderInput } from '@generated/graphql';
import { useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { unplaced } from '../../../ui/api-errors';
import { ErrorList } from '../../../ui/ErrorList';
import { TextField } from '../../../ui/TextField';
import { useApiErrors } from '../../../ui/use-api-errors';
import { basketStore, type Basket } from '../basket/basket-store';
import { IdempotencyKeys } from './idempotency-key';
import { useDropoffLocation } from './use-dropoff-location';

const ADDRESS = 'input.deliveryAddress';
const FIELDS = [`${ADDRESS}.line1`, `${ADDRESS}.line2`, `${ADDRESS}.city`, `${ADDRESS}.postalCode`, 'input.notes'];

/**
 * Address, payment and notes, then placeOrder. What the person typed goes to the API as typed:
 * its checks (required parts, lengths, minimum order, open hours) come back beside the field.
 */
export function CheckoutForm({ basket }: { basket: Basket }) {
  const { t } = useTranslation('customer');
  const navigate = useNavigate();
  const [placeOrder, { loading, error }] = useMutation(PlaceOrderDocument);
  const errors = useApiErrors(error);
  const keys = useRef(new IdempotencyKeys());
  const location = useDropoffLocation();
  const [address, setAddress] = useState({ line1: '', line2: '', city: '', postalCode: '' });
  const [notes, setNotes] = useState('');
  const [paymentMethod, setPaymentMethod] = useState<PaymentMethod>('QR_CODE');

  async function submit(event: FormEvent) {
    event.preventDefault();
    const request: Omit<PlaceOrderInput, 'idempotencyKey'> = {
      restaurantId: basket.restaurantId,
      lines: basket.lines.map((l) => ({ menuItemId: l.menuItemId, quantity: l.quantity, ...(l.notes ? { notes: l.notes } : {}) })),
      deliveryAddress: { ...address, line2: address.line2 || null, ...(location.point ? { location: location.point } : {}) },
      paymentMethod,
      notes: notes || null,
    };
    const input: PlaceOrderInput = { ...request, idempotencyKey: keys.current.keyFor(request) };
    const { data } = await placeOrder({ variables: { input } }).catch(() => ({ data: undefined }));
    if (!data?.placeOrder) return;
    basketStore.clear();
    void navigate(`/orders/${data.placeOrder.id}`);
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

  return (
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
      <button type="submit" disabled={loading}>
        {t('checkout.placeOrder')}
      </button>
    </form>
  );
}
