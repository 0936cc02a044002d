import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../../i18n/use-format';
import { SelectField } from '../../../ui/SelectField';
import { openSlots, type OpeningWindow } from './delivery-slots';

interface Props {
  restaurant: { timeZone: string; openingHours: readonly OpeningWindow[] };
  /** The chosen slot (ISO), or null for "as soon as possible". */
  value: string | null;
  onChange: (slot: string | null) => void;
  error?: string | undefined;
}

/**
 * "As soon as possible" or "deliver later" at one of the restaurant's open 15-minute slots
 * (30 minutes to 7 days ahead, its opening hours in its time zone); shown in the reader's time.
 */
export function DeliveryTime({ restaurant, value, onChange, error }: Props) {
  const { t } = useTranslation('customer');
  const format = useFormat();
  // Worked out once per visit of the page: a slot that passes meanwhile is refused by the API, beside this field.
  const slots = useMemo(() => openSlots(restaurant.openingHours, restaurant.timeZone, new Date()), [restaurant]);
  const label = useMemo(
    () => new Intl.DateTimeFormat(format.locale, { weekday: 'short', day: 'numeric', month: 'short', hour: '2-digit', minute: '2-digit' }),
    [format.locale],
  );
  return (
    <fieldset className="delivery-time">
      <legend>{t('when.title')}</legend>
      <label>
        <input type="radio" name="when" checked={value === null} onChange={() => onChange(null)} /> {t('when.now')}
      </label>
      <label>
        <input
          type="radio"
          name="when"
          checked={value !== null}
          disabled={slots.length === 0}
          onChange={() => onChange(slots[0] ?? null)}
        />{' '}
        {t('when.later')}
      </label>
      {slots.length === 0 && <p className="hint">{t('when.noSlots')}</p>}
      {value !== null && (
        <SelectField label={t('when.slot')} value={value} onChange={(e) => onChange(e.target.value)} error={error}>
          {slots.map((slot) => (
            <option key={slot} value={slot}>
              {label.format(new Date(slot))}
            </option>
          ))}
        </SelectField>
      )}
      {value === null && error && (
        <span className="field-error" role="alert">
          {error}
        </span>
      )}
    </fieldset>
  );
}
