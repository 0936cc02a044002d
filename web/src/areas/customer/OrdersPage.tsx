import { useTranslation } from 'react-i18next';
import { Page } from '../../ui/Page';

// Placeholder: the customer area's screens are being built.
export default function OrdersPage() {
  const { t } = useTranslation('customer');
  return <Page title={t('title')}>{null}</Page>;
}
