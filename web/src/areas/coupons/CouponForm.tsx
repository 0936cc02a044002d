import { useMutation } from '@apollo/client/react';
import { CouponsDocument, CreateCouponDocument, type CouponRowFragment } from '@generated/graphql';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { unplaced } from '../../ui/api-errors';
import { ErrorList } from '../../ui/ErrorList';
import { SelectField } from '../../ui/SelectField';
import { TextField } from '../../ui/TextField';
import { useApiErrors } from '../../ui/use-api-errors';
import { couponInput, EMPTY_COUPON, type CouponDraft } from './coupon-draft';

const FIELDS = ['code', 'kind', 'value', 'minimumOrder', 'validFrom', 'validUntil', 'maxRedemptions', 'perCustomerLimit'] as const;

interface Props {
  /** The restaurant the coupon is for; null makes a platform-wide coupon (admins). */
  restaurantId: string | null;
  currency: string;
  onCreated: (coupon: CouponRowFragment) => void;
}

/** A new coupon: code, percent or fixed amount, and its optional minimum, window and limits. */
export function CouponForm({ restaurantId, currency, onCreated }: Props) {
  const { t } = useTranslation('coupons');
  const [draft, setDraft] = useState<CouponDraft>(EMPTY_COUPON);
  const [create, { loading, error }] = useMutation(CreateCouponDocument, { refetchQueries: [CouponsDocument], awaitRefetchQueries: true });
  const errors = useApiErrors(error);
  const fieldError = (name: string) => errors.byField.get(`input.${name}`) ?? errors.byField.get(name);

  async function submit(event: FormEvent) {
    event.preventDefault();
    const input = couponInput(draft, currency, restaurantId);
    const { data } = await create({ variables: { input } }).catch(() => ({ data: undefined }));
    if (!data?.createCoupon) return;
    setDraft(EMPTY_COUPON);
    onCreated(data.createCoupon);
  }

  const text = (name: Exclude<keyof CouponDraft, 'kind'>, props: Partial<Parameters<typeof TextField>[0]> = {}) => (
    <TextField
      label={t(`form.${name}`, { currency })}
      name={name}
      value={draft[name]}
      onChange={(e) => setDraft({ ...draft, [name]: e.target.value })}
      error={fieldError(name)}
      {...props}
    />
  );

  return (
    <form className="form narrow" onSubmit={(e) => void submit(e)} noValidate aria-labelledby="new-coupon-heading">
      <h2 id="new-coupon-heading">{t('form.title')}</h2>
      <ErrorList messages={unplaced(errors, [...FIELDS.map((f) => `input.${f}`), ...FIELDS])} />
      {text('code', { required: true, autoComplete: 'off', hint: t('form.codeHint') })}
      <SelectField
        label={t('form.kind')}
        value={draft.kind}
        onChange={(e) => setDraft({ ...draft, kind: e.target.value as CouponDraft['kind'] })}
        error={fieldError('kind')}
      >
        <option value="PERCENT">{t('kind.PERCENT')}</option>
        <option value="FIXED">{t('kind.FIXED')}</option>
      </SelectField>
      {draft.kind === 'PERCENT'
        ? text('value', { label: t('form.percent'), inputMode: 'numeric', required: true })
        : text('value', { label: t('form.amount', { currency }), inputMode: 'decimal', required: true })}
      {text('minimumOrder', { inputMode: 'decimal' })}
      {text('validFrom', { type: 'datetime-local' })}
      {text('validUntil', { type: 'datetime-local' })}
      {text('maxRedemptions', { inputMode: 'numeric', hint: t('form.unlimited') })}
      {text('perCustomerLimit', { inputMode: 'numeric', hint: t('form.unlimited') })}
      <button type="submit" disabled={loading}>
        {t('form.submit')}
      </button>
    </form>
  );
}
