import { lazy, Suspense, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Route, Routes } from 'react-router';
import { Loading } from '../ui/Loading';
import { NotFoundPage } from './NotFoundPage';
import { RequireRole } from './RequireRole';
import { Shell } from './Shell';

// Each area is its own chunk: a customer never downloads the kitchen, the map or the admin.
const BrowsePage = lazy(() => import('../areas/customer/BrowsePage'));
const RestaurantPage = lazy(() => import('../areas/customer/RestaurantPage'));
const CheckoutPage = lazy(() => import('../areas/customer/CheckoutPage'));
const OrdersPage = lazy(() => import('../areas/customer/OrdersPage'));
const OrderPage = lazy(() => import('../areas/customer/OrderPage'));
const KitchenArea = lazy(() => import('../areas/kitchen/KitchenArea'));
const CourierArea = lazy(() => import('../areas/courier/CourierArea'));
const PartnerArea = lazy(() => import('../areas/partner/PartnerArea'));
const AdminArea = lazy(() => import('../areas/admin/AdminArea'));
const LoginPage = lazy(() => import('../session/pages/LoginPage'));
const RegisterPage = lazy(() => import('../session/pages/RegisterPage'));
const ProviderCallbackPage = lazy(() => import('../session/pages/ProviderCallbackPage'));
// The kiosk is a screen of its own (no header, no sign-in): a device in the shop.
const KioskPage = lazy(() => import('../areas/kiosk/KioskPage'));

function Lazy({ children }: { children: ReactNode }) {
  return <Suspense fallback={<Loading />}>{children}</Suspense>;
}

export function App() {
  const { t } = useTranslation();
  return (
    <Routes>
      <Route
        path="kiosk/:restaurantId"
        element={
          <Lazy>
            <KioskPage />
          </Lazy>
        }
      />
      <Route element={<Shell />}>
        <Route
          index
          element={
            <Lazy>
              <BrowsePage />
            </Lazy>
          }
        />
        <Route
          path="restaurants/:id"
          element={
            <Lazy>
              <RestaurantPage />
            </Lazy>
          }
        />
        {/* Checkout itself offers sign-in or a guest session. */}
        <Route
          path="checkout"
          element={
            <Lazy>
              <CheckoutPage />
            </Lazy>
          }
        />
        <Route
          path="orders"
          element={
            <RequireRole roles={['CUSTOMER']} guests area={t('areas.orders')}>
              <Lazy>
                <OrdersPage />
              </Lazy>
            </RequireRole>
          }
        />
        <Route
          path="orders/:id"
          element={
            <RequireRole roles={['CUSTOMER']} guests area={t('areas.orders')}>
              <Lazy>
                <OrderPage />
              </Lazy>
            </RequireRole>
          }
        />
        <Route
          path="login"
          element={
            <Lazy>
              <LoginPage />
            </Lazy>
          }
        />
        <Route
          path="login/callback"
          element={
            <Lazy>
              <ProviderCallbackPage />
            </Lazy>
          }
        />
        <Route
          path="register"
          element={
            <Lazy>
              <RegisterPage />
            </Lazy>
          }
        />
        <Route
          path="kitchen/*"
          element={
            <RequireRole roles={['PARTNER', 'STAFF']} area={t('areas.kitchen')}>
              <Lazy>
                <KitchenArea />
              </Lazy>
            </RequireRole>
          }
        />
        <Route
          path="courier/*"
          element={
            <RequireRole roles={['COURIER']} area={t('areas.courier')}>
              <Lazy>
                <CourierArea />
              </Lazy>
            </RequireRole>
          }
        />
        <Route
          path="partner/*"
          element={
            <RequireRole roles={['PARTNER']} area={t('areas.partner')}>
              <Lazy>
                <PartnerArea />
              </Lazy>
            </RequireRole>
          }
        />
        <Route
          path="admin/*"
          element={
            <RequireRole roles={['ADMIN']} area={t('areas.admin')}>
              <Lazy>
                <AdminArea />
              </Lazy>
            </RequireRole>
          }
        />
        <Route path="*" element={<NotFoundPage />} />
      </Route>
    </Routes>
  );
}
