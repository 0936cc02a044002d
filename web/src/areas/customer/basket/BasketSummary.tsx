import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useFormat } from '../../../i18n/use-format';
import { basketStore, basketSubtotal, useBasket } from './basket-store';

/** The basket beside a menu and on the checkout: lines with their quantities, the subtotal. */
export function BasketSummary({ headingId, showCheckoutLink = true }: { headingId: string; showCheckoutLink?: boolean }) {
  const { t } = useTranslation('customer');
  const format = useFormat();
  const basket = useBasket();
  return (
    <>
      <h2 id={headingId}>{t('basket.title')}</h2>
      {!basket || basket.lines.length === 0 ? (
        <p>{t('basket.empty')}</p>
      ) : (
        <>
          <p className="muted">{t('basket.from', { restaurant: basket.restaurantName })}</p>
          <ul className="basket-lines">
            {basket.lines.map((line) => (
              <li key={line.menuItemId}>
                <span>{line.name}</span>
                <span className="row quantity">
                  <label className="visually-hidden" htmlFor={`qty-${headingId}-${line.menuItemId}`}>
                    {t('basket.quantityOf', { name: line.name })}
                  </label>
                  <input
                    id={`qty-${headingId}-${line.menuItemId}`}
                    type="number"
                    min={0}
                    max={50}
                    value={line.quantity}
                    onChange={(e) => basketStore.setQuantity(line.menuItemId, Math.max(0, Math.min(50, Number(e.target.value) || 0)))}
                  />
                  <span>{format.money({ amount: line.unitPrice.amount * line.quantity, currency: line.unitPrice.currency })}</span>
                  <button
                    type="button"
                    className="secondary"
                    aria-label={t('basket.remove', { name: line.name })}
                    onClick={() => basketStore.setQuantity(line.menuItemId, 0)}
                  >
                    ×
                  </button>
                </span>
              </li>
            ))}
          </ul>
          <p>
            <strong>{t('basket.subtotal', { amount: format.money(basketSubtotal(basket)) })}</strong>
          </p>
          {showCheckoutLink && (
            <Link className="button" to="/checkout">
              {t('basket.checkout')}
            </Link>
          )}
        </>
      )}
    </>
  );
}
