import { useTranslation } from 'react-i18next';
import { NavLink, Route, Routes } from 'react-router';
import { NotFoundPage } from '../../app/NotFoundPage';
import { AdminCouponsPage } from '../coupons/AdminCouponsPage';
import { AccountsPage } from './accounts/AccountsPage';
import { CouriersPage } from './couriers/CouriersPage';
import { DashboardPage } from './dashboard/DashboardPage';
import { RestaurantsPage } from './restaurants/RestaurantsPage';
import { ModerationPage } from './reviews/ModerationPage';
import './admin.css';

/** The admin console at /admin: restaurant approval, the dashboard, accounts, couriers, review moderation. */
export default function AdminArea() {
  const { t } = useTranslation('admin');
  return (
    <>
      <nav className="admin-nav" aria-label={t('nav.label')}>
        <ul>
          <li>
            <NavLink to="/admin" end>
              {t('nav.restaurants')}
            </NavLink>
          </li>
          <li>
            <NavLink to="/admin/dashboard">{t('nav.dashboard')}</NavLink>
          </li>
          <li>
            <NavLink to="/admin/accounts">{t('nav.accounts')}</NavLink>
          </li>
          <li>
            <NavLink to="/admin/couriers">{t('nav.couriers')}</NavLink>
          </li>
          <li>
            <NavLink to="/admin/reviews">{t('nav.reviews')}</NavLink>
          </li>
          <li>
            <NavLink to="/admin/coupons">{t('nav.coupons')}</NavLink>
          </li>
        </ul>
      </nav>
      <Routes>
        <Route index element={<RestaurantsPage />} />
        <Route path="dashboard" element={<DashboardPage />} />
        <Route path="accounts" element={<AccountsPage />} />
        <Route path="couriers" element={<CouriersPage />} />
        <Route path="reviews" element={<ModerationPage />} />
        <Route path="coupons" element={<AdminCouponsPage />} />
        <Route path="*" element={<NotFoundPage />} />
      </Routes>
    </>
  );
}
