import { useTranslation } from 'react-i18next';
import { Page } from '../../ui/Page';
import { CouponsPanel } from './CouponsPanel';

/**
 * A fixed platform-wide coupon is minor units of whichever currency the order is in; amounts
 * are typed and shown with this currency's decimals (the demo platform's restaurants use it).
 */
const PLATFORM_CURRENCY = 'EUR';

/** /admin/coupons: every coupon (platform-wide and restaurants'), and new platform-wide ones. */
export function AdminCouponsPage() {
  const { t } = useTranslation('coupons');
  return (
    <Page title={t('adminTitle')}>
      <p>{t('adminIntro')}</p>
      <CouponsPanel restaurantId={null} currency={PLATFORM_CURRENCY} />
    </Page>
  );
}
