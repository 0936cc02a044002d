import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useSession } from '../../session/session-context';
import { Page } from '../../ui/Page';
import { BasketSummary } from './basket/BasketSummary';
import { useBasket } from './basket/basket-store';
import { CheckoutForm } from './checkout/CheckoutForm';
import { GuestOrSignIn } from './checkout/GuestOrSignIn';
import './customer.css';

/** /checkout: the basket, who orders (sign in, register or guest), then address and payment. */
export default function CheckoutPage() {
  const { t } = useTranslation('customer');
  const { session } = useSession();
  const basket = useBasket();
  const empty = !basket || basket.lines.length === 0;
  return (
    <Page title={t('checkout.title')}>
      <div className="customer-columns">
        <div>
          {empty ? (
            <p>
              {t('checkout.empty')} <Link to="/">{t('checkout.browse')}</Link>
            </p>
          ) : !session ? (
            <GuestOrSignIn />
          ) : session.user.role !== 'CUSTOMER' ? (
            <p className="notice">{t('checkout.customersOnly')}</p>
          ) : (
            <CheckoutForm basket={basket} />
          )}
        </div>
        <aside aria-labelledby="checkout-basket-heading">
          <BasketSummary headingId="checkout-basket-heading" showCheckoutLink={false} />
        </aside>
      </div>
    </Page>
  );
}
