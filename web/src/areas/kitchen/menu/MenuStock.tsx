import type { KitchenMenuItemFragment } from '@generated/graphql';
import { useTranslation } from 'react-i18next';
import { MenuItemRow } from './MenuItemRow';

/** Every dish of the restaurant with its on/off switch and today's stock. */
export function MenuStock({ items }: { items: readonly KitchenMenuItemFragment[] }) {
  const { t } = useTranslation('kitchen');
  if (items.length === 0) return <p className="muted">{t('menu.empty')}</p>;
  return (
    <div className="table-scroll">
      <table>
        <caption className="visually-hidden">{t('menu.caption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('menu.dish')}</th>
            <th scope="col">{t('menu.category')}</th>
            <th scope="col">{t('menu.available')}</th>
            <th scope="col">{t('menu.stock')}</th>
          </tr>
        </thead>
        <tbody>
          {items.map((item) => (
            <MenuItemRow key={item.id} item={item} />
          ))}
        </tbody>
      </table>
    </div>
  );
}
