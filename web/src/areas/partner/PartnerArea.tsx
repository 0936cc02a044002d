import { useTranslation } from 'react-i18next';
import { Page } from '../../ui/Page';

// Placeholder: the partner area's screens are being built.
export default function PartnerArea() {
  const { t } = useTranslation('partner');
  return <Page title={t('title')}>{null}</Page>;
}
