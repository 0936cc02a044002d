import { useMutation } from '@apollo/client/react';
import { KitchenUpdateMenuItemDocument, type KitchenMenuItemFragment } from '@generated/graphql';
import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useApiErrors } from '../../../ui/use-api-errors';
import { Switch } from '../../../ui/Switch';

/**
 * One dish: switch it on or off, and count the portions left today (empty = unlimited). The
 * switch sends `available: true/false`; a dish with stock 0 stays unavailable until restocked,
 * which the row says.
 */
export function MenuItemRow({ item }: { item: KitchenMenuItemFragment }) {
  const { t } = useTranslation('kitchen');
  const stockId = useId();
  const errorId = useId();
  const stockText = item.stock === null || item.stock === undefined ? '' : String(item.stock);
  const [stock, setStock] = useState(stockText);
  // A saved (or elsewhere changed) stock replaces what the field shows, without remounting the row.
  const [shownStock, setShownStock] = useState(stockText);
  if (shownStock !== stockText) {
    setShownStock(stockText);
    setStock(stockText);
  }
  const [update, { loading, error }] = useMutation(KitchenUpdateMenuItemDocument);
  const errors = useApiErrors(error);
  const message = [...errors.byField.values(), ...errors.general].join(' ');
  const saveStock = (event: FormEvent) => {
    event.preventDefault();
    const value = stock.trim() === '' ? null : Number(stock);
    void update({ variables: { id: item.id, input: { stock: value } } }).catch(() => undefined);
  };
  const soldOut = item.stock === 0;
  return (
    <tr>
      <th scope="row">{item.name}</th>
      <td>{item.category?.name ?? ''}</td>
      <td>
        <Switch
          label={t('menu.availableSwitch', { name: item.name })}
          checked={item.available}
          disabled={loading}
          onChange={(available) => void update({ variables: { id: item.id, input: { available } } }).catch(() => undefined)}
        />
        {soldOut && <span className="status-badge">{t('menu.soldOut')}</span>}
      </td>
      <td>
        {/* noValidate: a negative stock gets the API's message in the row, not the browser's bubble. */}
        <form className="row" onSubmit={saveStock} noValidate>
          <label htmlFor={stockId} className="visually-hidden">
            {t('menu.stockOf', { name: item.name })}
          </label>
          <input
            id={stockId}
            type="number"
            inputMode="numeric"
            min={0}
            value={stock}
            placeholder={t('menu.unlimited')}
            aria-invalid={message ? true : undefined}
            aria-describedby={message ? errorId : undefined}
            onChange={(e) => setStock(e.target.value)}
            className="stock-input"
          />
          <button type="submit" className="secondary" disabled={loading} aria-label={t('menu.saveStockOf', { name: item.name })}>
            {t('menu.saveStock')}
          </button>
        </form>
        {message && (
          <span id={errorId} className="field-error" role="alert">
            {message}
          </span>
        )}
      </td>
    </tr>
  );
}
