import { useQuery } from '@apollo/client/react';
import { RestaurantPageDocument, type MenuItemCardFragment } from '@generated/graphql';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { useFormat } from '../../i18n/use-format';
import { ErrorList } from '../../ui/ErrorList';
import { Loading } from '../../ui/Loading';
import { Page } from '../../ui/Page';
import { useApiErrors } from '../../ui/use-api-errors';
import { BasketSummary } from './basket/BasketSummary';
import { ConfirmReplaceBasket } from './basket/ConfirmReplaceBasket';
import { useBasketView } from './basket/use-basket-view';
import './customer.css';
import { MenuItemRow } from './menu/MenuItemRow';
import { RatingText } from './reviews/RatingText';
import { RestaurantReviews } from './reviews/RestaurantReviews';

/** One restaurant: its menu by category (what cannot be ordered says so), the basket, reviews. */
export default function RestaurantPage() {
  const { id = '' } = useParams();
  const { t } = useTranslation('customer');
  const format = useFormat();
  const basket = useBasketView();
  const { data, loading, error } = useQuery(RestaurantPageDocument, { variables: { id }, fetchPolicy: 'cache-and-network' });
  const errors = useApiErrors(error);
  // An item of another restaurant waits here until the person says whether to start afresh.
  const [pending, setPending] = useState<MenuItemCardFragment | null>(null);
  const [added, setAdded] = useState('');

  if (loading && !data) return <Loading />;
  const restaurant = data?.restaurant;
  if (!restaurant) {
    return (
      <Page title={t('restaurant.notFound')}>
        <ErrorList messages={errors.general} />
        <Link to="/">{t('restaurant.back')}</Link>
      </Page>
    );
  }

  const put = async (item: MenuItemCardFragment) => {
    await basket.add({ id: restaurant.id, name: restaurant.name }, item);
    setAdded(t('menu.added', { name: item.name }));
  };
  const add = (item: MenuItemCardFragment) => {
    if (basket.view && basket.view.restaurantId !== restaurant.id) setPending(item);
    else void put(item);
  };
  const categories = [...restaurant.categories].sort((a, b) => a.position - b.position);
  const categorized = new Set(categories.flatMap((c) => c.items.map((i) => i.id)));
  const others = restaurant.menu.filter((item) => !categorized.has(item.id));
  const sections = [
    ...categories.map((c) => ({ id: c.id, name: c.name, items: c.items })),
    ...(others.length ? [{ id: 'others', name: t('menu.others'), items: others }] : []),
  ];

  return (
    <Page title={restaurant.name}>
      <p className="row">
        <span className="status-badge">{restaurant.isOpen ? t('restaurant.open') : t('restaurant.closed')}</span>
        <span>{restaurant.cuisines.join(', ')}</span>
        <RatingText rating={restaurant.rating} count={restaurant.reviewCount} />
      </p>
      {restaurant.description && <p>{restaurant.description}</p>}
      <p className="muted">
        {[restaurant.address.line1, restaurant.address.line2, restaurant.address.postalCode, restaurant.address.city]
          .filter(Boolean)
          .join(', ')}
        <br />
        {t('restaurant.fees', { fee: format.money(restaurant.deliveryFee), minimum: format.money(restaurant.minimumOrder) })}
      </p>
      {!restaurant.isOpen && <p className="notice">{t('restaurant.closedNotice')}</p>}
      {pending && basket.view && (
        <ConfirmReplaceBasket
          current={basket.view.restaurantName}
          onReplace={() => {
            setPending(null);
            void basket.clear().then(() => put(pending));
          }}
          onKeep={() => setPending(null)}
        />
      )}
      <p role="status" aria-live="polite" className="visually-hidden">
        {added}
      </p>
      <div className="customer-columns">
        <section aria-labelledby="menu-heading">
          <h2 id="menu-heading">{t('menu.title')}</h2>
          {sections.length === 0 && <p>{t('menu.empty')}</p>}
          {sections.map((category) => (
            <section key={category.id} aria-labelledby={`category-${category.id}`}>
              <h3 id={`category-${category.id}`}>{category.name}</h3>
              <ul className="menu-items">
                {category.items.map((item) => (
                  <MenuItemRow key={item.id} item={item} canOrder={restaurant.isOpen} onAdd={() => add(item)} />
                ))}
              </ul>
            </section>
          ))}
        </section>
        <aside aria-labelledby="basket-heading">
          <BasketSummary headingId="basket-heading" />
        </aside>
      </div>
      <RestaurantReviews restaurantId={restaurant.id} />
    </Page>
  );
}
