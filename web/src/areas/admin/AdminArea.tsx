import { useTranslation } from 'react-i18next';
import { Page } from '../../ui/Page';

// Placeholder: the admin area's screens are being built.
export default function AdminArea() {
  const { t } = useTranslation('admin');
  return <Page title={t('title')}>{null}</Page>;
}
