import { useQuery } from '@apollo/client/react';
import { CouponRestaurantDocument } from '@generated/graphql';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { Loading } from '../../ui/Loading';
import { Page } from '../../ui/Page';
import { CouponsPanel } from './CouponsPanel';

/** /partner/restaurants/:id/coupons: the coupons of one of the partner's restaurants. */
export function PartnerCouponsPage() {
  const { id = '' } = useParams();
  const { t } = useTranslation('coupons');
  const { data, loading } = useQuery(CouponRestaurantDocument, { variables: { id } });
  const restaurant = data?.restaurant;
  return (
    <Page title={restaurant ? t('partnerTitle', { name: restaurant.name }) : t('fallbackTitle')}>
      <p>
        <Link to="/partner">{t('back')}</Link>
      </p>
      <p>{t('partnerIntro')}</p>
      {loading && !data ? (
        <Loading />
      ) : (
        restaurant && <CouponsPanel restaurantId={restaurant.id} currency={restaurant.minimumOrder.currency} />
      )}
    </Page>
  );
}
