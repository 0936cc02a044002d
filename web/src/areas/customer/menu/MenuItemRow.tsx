import type { MenuItemCardFragment } from '@generated/graphql';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../../i18n/use-format';

/** A dish: name, price, tags; "Add" while it can be ordered, "Unavailable" when it cannot. */
export function MenuItemRow({ item, canOrder, onAdd }: { item: MenuItemCardFragment; canOrder: boolean; onAdd: () => void }) {
  const { t } = useTranslation('customer');
  const format = useFormat();
  return (
    <li className={`menu-item${item.available ? '' : ' unavailable'}`}>
      <div>
        <h4>{item.name}</h4>
        {item.description && <p className="muted">{item.description}</p>}
        {item.tags.length > 0 && <p className="muted">{item.tags.join(' · ')}</p>}
      </div>
      <div className="row">
        <span>{format.money(item.price)}</span>
        {item.available ? (
          <button type="button" onClick={onAdd} disabled={!canOrder} aria-label={t('menu.add', { name: item.name })}>
            {t('menu.addShort')}
          </button>
        ) : (
          <span className="status-badge">{t('menu.unavailable')}</span>
        )}
      </div>
    </li>
  );
}
