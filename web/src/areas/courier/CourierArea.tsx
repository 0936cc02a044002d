import { useTranslation } from 'react-i18next';
import { Page } from '../../ui/Page';

// Placeholder: the courier area's screens are being built.
export default function CourierArea() {
  const { t } = useTranslation('courier');
  return <Page title={t('title')}>{null}</Page>;
}
