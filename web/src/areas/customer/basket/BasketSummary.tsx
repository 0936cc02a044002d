import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useFormat } from '../../../i18n/use-format';
import { ErrorList } from '../../../ui/ErrorList';
import { useApiErrors } from '../../../ui/use-api-errors';
import { BasketTotals } from './BasketTotals';
import { useBasketView } from './use-basket-view';

/**
 * The basket beside a menu and on the checkout: lines with their quantities, then the server's
 * totals (delivery, discount, tip) and what would stop a checkout now.
 */
export function BasketSummary({ headingId, showCheckoutLink = true }: { headingId: string; showCheckoutLink?: boolean }) {
  const { t } = useTranslation('customer');
  const format = useFormat();
  const basket = useBasketView();
  const errors = useApiErrors(basket.server.changeError);
  const view = basket.view;
  return (
    <>
      <h2 id={headingId}>{t('basket.title')}</h2>
      <ErrorList messages={errors.general} />
      {!view ? (
        <p>{t('basket.empty')}</p>
      ) : (
        <>
          <p className="muted">{t('basket.from', { restaurant: view.restaurantName })}</p>
          <ul className="basket-lines">
            {view.lines.map((line) => (
              <li key={line.key}>
                <span>{line.name}</span>
                <span className="row quantity">
                  <label className="visually-hidden" htmlFor={`qty-${headingId}-${line.key}`}>
                    {t('basket.quantityOf', { name: line.name })}
                  </label>
                  <input
                    id={`qty-${headingId}-${line.key}`}
                    type="number"
                    min={0}
                    max={50}
                    value={line.quantity}
                    onChange={(e) => void basket.setQuantity(line, Math.max(0, Math.min(50, Number(e.target.value) || 0)))}
                  />
                  <span>{format.money(line.lineTotal)}</span>
                  <button
                    type="button"
                    className="secondary"
                    aria-label={t('basket.remove', { name: line.name })}
                    onClick={() => void basket.setQuantity(line, 0)}
                  >
                    ×
                  </button>
                </span>
              </li>
            ))}
          </ul>
          {view.server ? (
            <BasketTotals basket={view.server} />
          ) : (
            <p>
              <strong>{t('basket.subtotal', { amount: format.money(view.subtotal) })}</strong>
            </p>
          )}
          {view.server && view.server.problems.length > 0 && (
            <div className="notice" role="status">
              <p>{t('basket.problemsTitle')}</p>
              <ul>
                {view.server.problems.map((problem) => (
                  <li key={problem}>{problem}</li>
                ))}
              </ul>
            </div>
          )}
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
