import { useTranslation } from 'react-i18next';
import { TextField } from '../../../ui/TextField';
import { SelectField } from '../../../ui/SelectField';
import { WEEKDAYS, weekdayName } from '../form/weekdays';
import { hoursRow, type HoursDraft, type RestaurantDraft } from './restaurant-draft';

interface Props {
  draft: RestaurantDraft;
  onChange: (draft: RestaurantDraft) => void;
  errorOf: (field: string) => string | undefined;
}

/**
 * The weekly opening windows, one group per window ("Window 2": day, opens, closes), so a
 * day can have a lunch and a dinner window and the API's `openingHours[1].closes` error
 * lands beside the right field.
 */
export function OpeningHoursFields({ draft, onChange, errorOf }: Props) {
  const { t, i18n } = useTranslation('partner');
  const locale = i18n.resolvedLanguage ?? 'en';
  const rows = draft.openingHours;
  const setRows = (openingHours: HoursDraft[]) => onChange({ ...draft, openingHours });
  const update = (index: number, change: Partial<HoursDraft>) => setRows(rows.map((row, i) => (i === index ? { ...row, ...change } : row)));
  return (
    <fieldset>
      <legend>{t('hours.legend')}</legend>
      <p className="hint">{t('hours.hint')}</p>
      {rows.length === 0 && <p>{t('hours.none')}</p>}
      <ol className="opening-hours">
        {rows.map((row, i) => {
          const at = `input.openingHours[${i}]`;
          return (
            <li key={row.key}>
              <fieldset className="opening-window">
                <legend>{t('hours.window', { n: i + 1 })}</legend>
                <SelectField
                  label={t('hours.day')}
                  value={row.dayOfWeek}
                  onChange={(e) => update(i, { dayOfWeek: Number(e.target.value) })}
                  error={errorOf(`${at}.dayOfWeek`)}
                >
                  {WEEKDAYS.map((day) => (
                    <option key={day} value={day}>
                      {weekdayName(day, locale)}
                    </option>
                  ))}
                </SelectField>
                <TextField
                  label={t('hours.opens')}
                  type="time"
                  value={row.opens}
                  onChange={(e) => update(i, { opens: e.target.value })}
                  error={errorOf(`${at}.opens`)}
                />
                <TextField
                  label={t('hours.closes')}
                  type="time"
                  value={row.closes}
                  onChange={(e) => update(i, { closes: e.target.value })}
                  error={errorOf(`${at}.closes`)}
                />
                <button type="button" className="secondary" onClick={() => setRows(rows.filter((_, j) => j !== i))}>
                  {t('hours.remove', { n: i + 1 })}
                </button>
              </fieldset>
            </li>
          );
        })}
      </ol>
      <button
        type="button"
        className="secondary"
        onClick={() => setRows([...rows, hoursRow(rows.at(-1)?.dayOfWeek ?? 1, '11:00', '22:00')])}
      >
        {t('hours.add')}
      </button>
    </fieldset>
  );
}
