import { useTranslation } from 'react-i18next';
import { Page } from '../../ui/Page';

// Placeholder: the kitchen area's screens are being built.
export default function KitchenArea() {
  const { t } = useTranslation('kitchen');
  return <Page title={t('title')}>{null}</Page>;
}
