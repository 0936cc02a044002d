import { useMutation, useQuery } from '@apollo/client/react';
import { DashboardCreateMenuItemDocument, DashboardMenuDocument, type DashboardMenuItemFragment } from '@generated/graphql';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { ErrorList } from '../../../ui/ErrorList';
import { Loading } from '../../../ui/Loading';
import { Page } from '../../../ui/Page';
import { useApiErrors } from '../../../ui/use-api-errors';
import { useFormErrors } from '../form/use-form-errors';
import { CategoryList } from './CategoryList';
import { NewCategoryForm } from './NewCategoryForm';
import { emptyItemDraft, itemInputOf } from './menu-item-draft';
import { MenuItemCard } from './MenuItemCard';
import { MenuItemForm } from './MenuItemForm';

/** The menu editor: sections, and every item (switched off and sold out included) by section. */
export function MenuPage() {
  const { t } = useTranslation('partner');
  const { id = '' } = useParams();
  const { data, loading, error } = useQuery(DashboardMenuDocument, { variables: { restaurantId: id } });
  const errors = useApiErrors(error);
  const restaurant = data?.restaurant;
  if (loading && !data) return <Loading />;
  if (!restaurant) {
    return (
      <Page title={t('menu.notFound')}>
        <ErrorList messages={errors.general} />
        <Link to="/partner">{t('back')}</Link>
      </Page>
    );
  }
  const categories = [...restaurant.categories].sort((a, b) => a.position - b.position);
  const groups = [
    ...categories.map((category) => ({
      key: category.id,
      name: category.name,
      items: restaurant.menu.filter((i) => i.category?.id === category.id),
    })),
    { key: 'none', name: t('menu.uncategorized'), items: restaurant.menu.filter((i) => !i.category) },
  ].filter((group) => group.key !== 'none' || group.items.length > 0);
  const currency = restaurant.deliveryFee.currency;
  return (
    <Page title={t('menu.title', { name: restaurant.name })}>
      <p>
        <Link to={`/partner/restaurants/${restaurant.id}`}>{t('links.edit')}</Link>
      </p>
      <section aria-labelledby="menu-sections">
        <h2 id="menu-sections">{t('menu.sections')}</h2>
        {categories.length === 0 ? <p>{t('menu.noSections')}</p> : <CategoryList sections={categories} />}
        <NewCategoryForm restaurantId={restaurant.id} />
      </section>
      <section aria-labelledby="menu-items">
        <h2 id="menu-items">{t('menu.items')}</h2>
        {restaurant.menu.length === 0 && <p>{t('menu.noItems')}</p>}
        {groups.map((group) => (
          <section key={group.key} aria-label={group.name}>
            <h3>{group.name}</h3>
            {group.items.length === 0 ? (
              <p className="muted">{t('menu.emptySection')}</p>
            ) : (
              <ItemList items={group.items} categories={categories} />
            )}
          </section>
        ))}
      </section>
      <section aria-labelledby="menu-new-item">
        <h2 id="menu-new-item">{t('menu.newItem')}</h2>
        <NewItemForm restaurantId={restaurant.id} currency={currency} categories={categories} />
      </section>
    </Page>
  );
}

function ItemList({ items, categories }: { items: DashboardMenuItemFragment[]; categories: { id: string; name: string }[] }) {
  return (
    <ul className="cards">
      {items.map((item) => (
        <MenuItemCard key={item.id} item={item} categories={categories} />
      ))}
    </ul>
  );
}

function NewItemForm({
  restaurantId,
  currency,
  categories,
}: {
  restaurantId: string;
  currency: string;
  categories: { id: string; name: string }[];
}) {
  const { t } = useTranslation('partner');
  const [draft, setDraft] = useState(() => emptyItemDraft(categories[0]?.id));
  const [added, setAdded] = useState<string | null>(null);
  const [create, { loading, error }] = useMutation(DashboardCreateMenuItemDocument, {
    refetchQueries: [DashboardMenuDocument],
    awaitRefetchQueries: true,
  });
  const errors = useFormErrors(error);

  async function submit() {
    setAdded(null);
    const result = itemInputOf(draft, currency);
    errors.setLocal(
      new Map([...('problems' in result ? result.problems : [])].map(([field, problem]) => [field, t(`problems.${problem}`)])),
    );
    if (!('input' in result)) return;
    const { input } = result;
    const { data } = await create({ variables: { input: { ...input, restaurantId } } }).catch(() => ({ data: undefined }));
    if (data?.createMenuItem) {
      setAdded(data.createMenuItem.name);
      setDraft(emptyItemDraft(draft.categoryId));
    }
  }

  return (
    <>
      <div aria-live="polite">{added && <p className="notice">{t('item.added', { name: added })}</p>}</div>
      <MenuItemForm
        title={t('menu.newItem')}
        draft={draft}
        onChange={setDraft}
        onSubmit={() => void submit()}
        submitLabel={t('item.add')}
        busy={loading}
        currency={currency}
        categories={categories}
        errorOf={errors.errorOf}
        general={errors.general}
      />
    </>
  );
}
