import { useTranslation } from 'react-i18next';
import { TextField } from '../../../ui/TextField';
import { TextAreaField } from '../../../ui/TextAreaField';
import { OpeningHoursFields } from './OpeningHoursFields';
import type { RestaurantDraft } from './restaurant-draft';

interface Props {
  draft: RestaurantDraft;
  onChange: (draft: RestaurantDraft) => void;
  /** The message to show beside a field (`input.address.city`), if any. */
  errorOf: (field: string) => string | undefined;
  /** The currency can only be chosen when the restaurant is created. */
  creating: boolean;
}

// Every IANA zone this browser knows, offered as suggestions (any other text still reaches the API).
const TIME_ZONES = Intl.supportedValuesOf('timeZone');

/** The fields of a restaurant, shared by "new restaurant" and "edit restaurant". */
export function RestaurantFields({ draft, onChange, errorOf, creating }: Props) {
  const { t } = useTranslation('partner');
  const text = (field: keyof Omit<RestaurantDraft, 'openingHours'>) => ({
    value: draft[field],
    onChange: (e: { target: { value: string } }) => onChange({ ...draft, [field]: e.target.value }),
  });
  return (
    <>
      <fieldset>
        <legend>{t('form.details')}</legend>
        <TextField label={t('form.name')} required {...text('name')} error={errorOf('input.name')} />
        <TextAreaField label={t('form.description')} rows={3} {...text('description')} error={errorOf('input.description')} />
        <TextField label={t('form.cuisines')} hint={t('form.cuisinesHint')} {...text('cuisines')} error={errorOf('input.cuisines')} />
      </fieldset>
      <fieldset>
        <legend>{t('form.address')}</legend>
        <TextField
          label={t('form.line1')}
          required
          autoComplete="address-line1"
          {...text('line1')}
          error={errorOf('input.address.line1')}
        />
        <TextField label={t('form.line2')} autoComplete="address-line2" {...text('line2')} error={errorOf('input.address.line2')} />
        <div className="row">
          <TextField
            label={t('form.postalCode')}
            required
            autoComplete="postal-code"
            {...text('postalCode')}
            error={errorOf('input.address.postalCode')}
          />
          <TextField
            label={t('form.city')}
            required
            autoComplete="address-level2"
            {...text('city')}
            error={errorOf('input.address.city')}
          />
        </div>
        <p className="hint">{t('form.locationHint')}</p>
        <div className="row">
          <TextField label={t('form.lat')} inputMode="decimal" {...text('lat')} error={errorOf('input.address.location.lat')} />
          <TextField label={t('form.lng')} inputMode="decimal" {...text('lng')} error={errorOf('input.address.location.lng')} />
        </div>
      </fieldset>
      <fieldset>
        <legend>{t('form.money')}</legend>
        <div className="row">
          {creating ? (
            <TextField
              label={t('form.currency')}
              hint={t('form.currencyHint')}
              required
              maxLength={3}
              {...text('currency')}
              error={errorOf('input.currency')}
            />
          ) : (
            <p>{t('form.currencyFixed', { currency: draft.currency })}</p>
          )}
          <TextField
            label={t('form.deliveryFee', { currency: draft.currency })}
            inputMode="decimal"
            required
            {...text('deliveryFee')}
            error={errorOf('input.deliveryFee')}
          />
          <TextField
            label={t('form.minimumOrder', { currency: draft.currency })}
            inputMode="decimal"
            required
            {...text('minimumOrder')}
            error={errorOf('input.minimumOrder')}
          />
        </div>
      </fieldset>
      <OpeningHoursFields draft={draft} onChange={onChange} errorOf={errorOf} />
      <TextField
        label={t('form.timeZone')}
        list="partner-time-zones"
        hint={t('form.timeZoneHint')}
        {...text('timeZone')}
        error={errorOf('input.timeZone')}
      />
      <datalist id="partner-time-zones">
        {TIME_ZONES.map((zone) => (
          <option key={zone} value={zone} />
        ))}
      </datalist>
    </>
  );
}
