import { useTranslation } from 'react-i18next';
import { NavLink, Route, Routes } from 'react-router';
import { NotFoundPage } from '../../app/NotFoundPage';
import { PartnerCouponsPage } from '../coupons/PartnerCouponsPage';
import { ApiKeysPage } from './keys/ApiKeysPage';
import { MenuPage } from './menu/MenuPage';
import { EditRestaurantPage } from './restaurant/EditRestaurantPage';
import { NewRestaurantPage } from './restaurant/NewRestaurantPage';
import { RestaurantsPage } from './restaurant/RestaurantsPage';
import { ReviewsPage } from './reviews/ReviewsPage';
import { StaffPage } from './staff/StaffPage';
import './partner.css';

/** The partner's back office at /partner: restaurants, their menus, reviews and kitchen staff, API keys. */
export default function PartnerArea() {
  const { t } = useTranslation('partner');
  return (
    <>
      <nav className="area-nav" aria-label={t('nav.label')}>
        <ul>
          <li>
            <NavLink to="/partner" end>
              {t('nav.restaurants')}
            </NavLink>
          </li>
          <li>
            <NavLink to="/partner/new">{t('nav.new')}</NavLink>
          </li>
          <li>
            <NavLink to="/partner/api-keys">{t('nav.keys')}</NavLink>
          </li>
        </ul>
      </nav>
      <Routes>
        <Route index element={<RestaurantsPage />} />
        <Route path="new" element={<NewRestaurantPage />} />
        <Route path="restaurants/:id" element={<EditRestaurantPage />} />
        <Route path="restaurants/:id/menu" element={<MenuPage />} />
        <Route path="restaurants/:id/reviews" element={<ReviewsPage />} />
        <Route path="restaurants/:id/staff" element={<StaffPage />} />
        <Route path="restaurants/:id/coupons" element={<PartnerCouponsPage />} />
        <Route path="api-keys" element={<ApiKeysPage />} />
        <Route path="*" element={<NotFoundPage />} />
      </Routes>
    </>
  );
}
