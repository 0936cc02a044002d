import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useSession } from '../../session/session-context';
import { Loading } from '../../ui/Loading';
import { Page } from '../../ui/Page';
import { BasketSummary } from './basket/BasketSummary';
import { useBasketHandoverPending } from './basket/BasketHandover';
import { useBasketView } from './basket/use-basket-view';
import { CheckoutForm } from './checkout/CheckoutForm';
import { GuestOrSignIn } from './checkout/GuestOrSignIn';
import './customer.css';

/** /checkout: the basket, who orders (sign in, register or guest), then address, extras and payment. */
export default function CheckoutPage() {
  const { t } = useTranslation('customer');
  const { session } = useSession();
  const basket = useBasketView();
  // Right after signing in, the browser's basket is still on its way to the server.
  const arriving = useBasketHandoverPending() || basket.server.loading;
  return (
    <Page title={t('checkout.title')}>
      <div className="customer-columns">
        <div>
          {arriving ? (
            <Loading />
          ) : !basket.view ? (
            <p>
              {t('checkout.empty')} <Link to="/">{t('checkout.browse')}</Link>
            </p>
          ) : !session ? (
            <GuestOrSignIn />
          ) : session.user.role !== 'CUSTOMER' ? (
            <p className="notice">{t('checkout.customersOnly')}</p>
          ) : (
            <CheckoutForm basket={basket.server} />
          )}
        </div>
        <aside aria-labelledby="checkout-basket-heading">
          <BasketSummary headingId="checkout-basket-heading" showCheckoutLink={false} />
        </aside>
      </div>
    </Page>
  );
}
