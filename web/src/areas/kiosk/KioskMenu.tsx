import type { MenuItemCardFragment, RestaurantPageQuery } from '@generated/graphql';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../i18n/use-format';
import { changeQuantity, kioskTotal, type KioskLine } from './kiosk-basket';

type KioskRestaurant = NonNullable<RestaurantPageQuery['restaurant']>;

interface Props {
  restaurant: KioskRestaurant;
  lines: KioskLine[];
  onLines: (lines: KioskLine[]) => void;
  onOrder: () => void;
}

/** The menu as big buttons (one touch adds one), and the basket with − and + beside each dish. */
export function KioskMenu({ restaurant, lines, onLines, onOrder }: Props) {
  const { t } = useTranslation('kiosk');
  const format = useFormat();
  const item = (i: MenuItemCardFragment) => ({ menuItemId: i.id, name: i.name, unitPrice: i.price });
  const count = lines.reduce((n, l) => n + l.quantity, 0);
  return (
    <div className="kiosk-columns">
      <section aria-labelledby="kiosk-menu-heading">
        <h2 id="kiosk-menu-heading">{t('menu.title')}</h2>
        <ul className="kiosk-dishes">
          {restaurant.menu
            .filter((dish) => dish.available)
            .map((dish) => (
              <li key={dish.id}>
                {/* Named by what it shows (a touch adds one, as the basket's heading says). */}
                <button
                  type="button"
                  className="kiosk-dish"
                  disabled={!restaurant.isOpen}
                  onClick={() => onLines(changeQuantity(lines, item(dish), 1))}
                >
                  <span className="kiosk-dish-name">{dish.name}</span>
                  <span>{format.money(dish.price)}</span>
                </button>
              </li>
            ))}
        </ul>
      </section>
      <aside aria-labelledby="kiosk-basket-heading" className="kiosk-basket">
        <h2 id="kiosk-basket-heading">{t('basket.title', { count })}</h2>
        {lines.length === 0 ? (
          <p>{t('basket.empty')}</p>
        ) : (
          <ul>
            {lines.map((line) => (
              <li key={line.menuItemId} className="row">
                <button
                  type="button"
                  className="secondary kiosk-step"
                  aria-label={t('basket.less', { name: line.name })}
                  onClick={() => onLines(changeQuantity(lines, line, -1))}
                >
                  −
                </button>
                <span>{t('basket.line', { quantity: line.quantity, name: line.name })}</span>
                <button
                  type="button"
                  className="secondary kiosk-step"
                  aria-label={t('basket.more', { name: line.name })}
                  onClick={() => onLines(changeQuantity(lines, line, 1))}
                >
                  +
                </button>
              </li>
            ))}
          </ul>
        )}
        <p className="kiosk-total">{t('basket.total', { amount: format.money(kioskTotal(lines)) })}</p>
        <button type="button" className="kiosk-primary" disabled={lines.length === 0} onClick={onOrder}>
          {t('basket.order')}
        </button>
      </aside>
    </div>
  );
}
