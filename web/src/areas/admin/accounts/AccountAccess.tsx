import { useMutation } from '@apollo/client/react';
import { AdminConsoleSetUserDisabledDocument } from '@generated/graphql';
import { useTranslation } from 'react-i18next';
import { ErrorList } from '../../../ui/ErrorList';
import { useApiErrors } from '../../../ui/use-api-errors';

/**
 * Disables or enables one account. The answer carries `disabled`, so the row updates from the
 * cache. A disabled user cannot sign in and their open sessions end within a minute.
 */
export function AccountAccess({ user }: { user: { id: string; name: string; disabled: boolean } }) {
  const { t } = useTranslation('admin');
  const [setDisabled, { loading, error }] = useMutation(AdminConsoleSetUserDisabledDocument);
  const errors = useApiErrors(error);
  const label = user.disabled ? t('accounts.enable', { name: user.name }) : t('accounts.disable', { name: user.name });
  return (
    <>
      <ErrorList messages={errors.general} />
      <button
        type="button"
        className={user.disabled ? undefined : 'secondary'}
        disabled={loading}
        onClick={() => void setDisabled({ variables: { userId: user.id, disabled: !user.disabled } }).catch(() => undefined)}
      >
        {label}
      </button>
    </>
  );
}
