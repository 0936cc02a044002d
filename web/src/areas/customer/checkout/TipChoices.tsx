import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../../i18n/use-format';
import { unplaced } from '../../../ui/api-errors';
import { ErrorList } from '../../../ui/ErrorList';
import { TextField } from '../../../ui/TextField';
import { useApiErrors } from '../../../ui/use-api-errors';
import { fromMinorUnits, toMinorUnits } from '../../partner/form/amounts';
import type { ServerBasket } from '../basket/use-server-basket';
import { choiceOf, TIP_PERCENTS, tipOf, type TipChoice } from './tip-choices';

/** A tip for the courier (all of it goes to them): none, 5, 10 or 15 % of the dishes, or an amount. */
export function TipChoices({ basket }: { basket: ServerBasket }) {
  const { t } = useTranslation('customer');
  const format = useFormat();
  const errors = useApiErrors(basket.tipError);
  const server = basket.basket;
  const subtotal = server?.subtotal ?? { amount: 0, currency: 'USD' };
  const current = server?.tip.amount ?? 0;
  const [choice, setChoice] = useState<TipChoice>(() => choiceOf(current, subtotal));
  const [custom, setCustom] = useState(() => (choiceOf(current, subtotal) === 'custom' ? fromMinorUnits(current, subtotal.currency) : ''));
  const [invalid, setInvalid] = useState(false);

  const choose = (next: TipChoice) => {
    setChoice(next);
    setInvalid(false);
    if (next !== 'custom') void basket.setTip(tipOf(next, subtotal)).catch(() => undefined);
  };
  const applyCustom = () => {
    const amount = toMinorUnits(custom || '0', subtotal.currency);
    setInvalid(amount === null || amount < 0);
    if (amount !== null && amount >= 0 && amount !== current) void basket.setTip(amount).catch(() => undefined);
  };

  return (
    <fieldset className="tip-choices">
      <legend>{t('tip.title')}</legend>
      <p className="hint">{t('tip.hint')}</p>
      <ErrorList messages={unplaced(errors, ['amount'])} />
      {TIP_PERCENTS.map((percent) => (
        <label key={percent}>
          <input type="radio" name="tip" checked={choice === percent} onChange={() => choose(percent)} />{' '}
          {percent === 0
            ? t('tip.none')
            : t('tip.percent', { percent, amount: format.money({ ...subtotal, amount: tipOf(percent, subtotal) }) })}
        </label>
      ))}
      <label>
        <input type="radio" name="tip" checked={choice === 'custom'} onChange={() => choose('custom')} /> {t('tip.custom')}
      </label>
      {choice === 'custom' && (
        <div className="row">
          <TextField
            label={t('tip.amount', { currency: subtotal.currency })}
            inputMode="decimal"
            value={custom}
            onChange={(e) => setCustom(e.target.value)}
            onKeyDown={(e) => {
              if (e.key === 'Enter') {
                e.preventDefault();
                applyCustom();
              }
            }}
            error={invalid ? t('tip.invalid') : errors.byField.get('amount')}
          />
          <button type="button" className="secondary" onClick={applyCustom} disabled={basket.busy}>
            {t('tip.set')}
          </button>
        </div>
      )}
    </fieldset>
  );
}
