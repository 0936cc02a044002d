import { useQuery } from '@apollo/client/react';
import { AdminUsersDocument, type Role } from '@generated/graphql';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../../i18n/use-format';
import { ErrorList } from '../../../ui/ErrorList';
import { Loading } from '../../../ui/Loading';
import { Page } from '../../../ui/Page';
import { SelectField } from '../../../ui/SelectField';
import { useApiErrors } from '../../../ui/use-api-errors';
import { useSession } from '../../../session/session-context';
import { ROLES } from '../roles';
import { AccountAccess } from './AccountAccess';
import { CreateStaffForm } from './CreateStaffForm';

const PAGE = 50;

/** Accounts by role (oldest first, a page at a time) and a form to create one in any role. */
export function AccountsPage() {
  const { t } = useTranslation('admin');
  const format = useFormat();
  const { session } = useSession();
  const [role, setRole] = useState<Role | ''>('');
  const { data, loading, error, fetchMore } = useQuery(AdminUsersDocument, {
    variables: { role: role || null, first: PAGE },
    fetchPolicy: 'cache-and-network',
  });
  const errors = useApiErrors(error);
  const users = data?.users ?? [];
  // `users` pages by the last user's id: a full page may have more behind it.
  const more = users.length > 0 && users.length % PAGE === 0;
  return (
    <Page title={t('accounts.title')}>
      <section aria-labelledby="admin-new-account">
        <h2 id="admin-new-account">{t('accounts.create')}</h2>
        <CreateStaffForm />
      </section>
      <section aria-labelledby="admin-accounts">
        <h2 id="admin-accounts">{t('accounts.list')}</h2>
        <div className="narrow-field">
          <SelectField label={t('accounts.filter')} value={role} onChange={(e) => setRole(e.target.value as Role | '')}>
            <option value="">{t('accounts.allRoles')}</option>
            {ROLES.map((r) => (
              <option key={r} value={r}>
                {t(`roles.${r}`)}
              </option>
            ))}
          </SelectField>
        </div>
        <ErrorList messages={errors.general} />
        {loading && !data && <Loading />}
        {data && users.length === 0 && <p>{t('accounts.none')}</p>}
        {users.length > 0 && (
          <table>
            <caption className="visually-hidden">{t('accounts.list')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('accounts.name')}</th>
                <th scope="col">{t('accounts.email')}</th>
                <th scope="col">{t('accounts.phone')}</th>
                <th scope="col">{t('accounts.role')}</th>
                <th scope="col">{t('accounts.since')}</th>
                <th scope="col">{t('accounts.access')}</th>
              </tr>
            </thead>
            <tbody>
              {users.map((user) => (
                <tr key={user.id}>
                  <th scope="row">{user.name}</th>
                  <td>{user.isGuest ? t('accounts.guest') : user.email}</td>
                  <td>{user.phone}</td>
                  <td>{t(`roles.${user.role}`)}</td>
                  <td>{format.date(user.createdAt)}</td>
                  <td>
                    {user.disabled && <span className="status-badge">{t('accounts.disabled')}</span>}{' '}
                    {/* An admin may not disable themself (the API refuses it too). */}
                    {user.id !== session?.user.id && <AccountAccess user={user} />}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
        {more && (
          <button
            type="button"
            className="secondary"
            onClick={() =>
              void fetchMore({
                variables: { after: users.at(-1)?.id ?? null },
                updateQuery: (previous, { fetchMoreResult }) => ({ ...previous, users: [...previous.users, ...fetchMoreResult.users] }),
              }).catch(() => undefined)
            }
          >
            {t('accounts.more')}
          </button>
        )}
      </section>
    </Page>
  );
}
