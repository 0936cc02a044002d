import { useTranslation } from 'react-i18next';
import { Link, NavLink, Outlet, useNavigate } from 'react-router';
import { BasketHandover } from '../areas/customer/basket/BasketHandover';
import { useBasketView } from '../areas/customer/basket/use-basket-view';
import { useSession } from '../session/session-context';
import { NotificationBell } from '../notifications/NotificationBell';
import { LanguageSwitcher } from './LanguageSwitcher';

/** Every page's frame: a skip link, the brand, the caller's areas, language, sign in/out. */
export function Shell() {
  const { t } = useTranslation();
  const { session, signOut } = useSession();
  const navigate = useNavigate();
  const basket = useBasketView();
  const role = session?.user.role;
  const customerLike = !role || role === 'CUSTOMER';
  return (
    <>
      <a className="skip-link" href="#main">
        {t('skipToContent')}
      </a>
      <header className="app-header">
        <Link to="/" className="brand">
          foodgraph
        </Link>
        <nav aria-label={t('nav.label')}>
          <ul>
            <li>
              <NavLink to="/" end>
                {t('nav.restaurants')}
              </NavLink>
            </li>
            {session && customerLike && (
              <li>
                <NavLink to="/orders">{t('nav.orders')}</NavLink>
              </li>
            )}
            {role === 'PARTNER' && (
              <>
                <li>
                  <NavLink to="/kitchen">{t('nav.kitchen')}</NavLink>
                </li>
                <li>
                  <NavLink to="/partner">{t('nav.partner')}</NavLink>
                </li>
              </>
            )}
            {role === 'STAFF' && (
              <li>
                <NavLink to="/kitchen">{t('nav.kitchen')}</NavLink>
              </li>
            )}
            {role === 'COURIER' && (
              <li>
                <NavLink to="/courier">{t('nav.courier')}</NavLink>
              </li>
            )}
            {role === 'ADMIN' && (
              <li>
                <NavLink to="/admin">{t('nav.admin')}</NavLink>
              </li>
            )}
            {customerLike && (
              <li>
                <NavLink to="/checkout">{t('nav.basket', { count: basket.count })}</NavLink>
              </li>
            )}
          </ul>
        </nav>
        <div className="session-controls">
          <LanguageSwitcher />
          {session ? (
            <>
              <NotificationBell />
              <span className="signed-in-as">{t('signedInAs', { name: session.user.name })}</span>
              <button
                type="button"
                onClick={() => {
                  void signOut().then(() => navigate('/login'));
                }}
              >
                {t('signOut')}
              </button>
            </>
          ) : (
            <>
              <Link to="/login">{t('signIn')}</Link>
              <Link to="/register">{t('registerLink')}</Link>
            </>
          )}
        </div>
      </header>
      {customerLike && <BasketHandover />}
      <main id="main" tabIndex={-1}>
        <Outlet />
      </main>
    </>
  );
}
