import { useMutation, useQuery } from '@apollo/client/react';
import { AdminCourierAccountsDocument, AdminCouriersDocument, CreateCourierDocument, type VehicleType } from '@generated/graphql';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { unplaced } from '../../../ui/api-errors';
import { ErrorList } from '../../../ui/ErrorList';
import { SelectField } from '../../../ui/SelectField';
import { TextField } from '../../../ui/TextField';
import { useApiErrors } from '../../../ui/use-api-errors';

const FIELDS = ['input.userId', 'input.name', 'input.vehicle'] as const;
const VEHICLES: readonly VehicleType[] = ['BICYCLE', 'SCOOTER', 'CAR', 'ON_FOOT'];

/** A courier profile for a COURIER account that has none yet (the accounts page creates those). */
export function CreateCourierForm() {
  const { t } = useTranslation('admin');
  const accounts = useQuery(AdminCourierAccountsDocument, { variables: { first: 100 }, fetchPolicy: 'cache-and-network' });
  const candidates = (accounts.data?.users ?? []).filter((user) => !user.courierProfile);
  const [userId, setUserId] = useState('');
  const [name, setName] = useState('');
  const [vehicle, setVehicle] = useState<VehicleType>('BICYCLE');
  const [created, setCreated] = useState<string | null>(null);
  const [create, { loading, error }] = useMutation(CreateCourierDocument, {
    refetchQueries: [AdminCouriersDocument, AdminCourierAccountsDocument],
    awaitRefetchQueries: true,
  });
  const errors = useApiErrors(error ?? accounts.error);
  const chosen = userId || candidates[0]?.id || '';

  async function submit(event: FormEvent) {
    event.preventDefault();
    setCreated(null);
    const { data } = await create({ variables: { input: { userId: chosen, name, vehicle } } }).catch(() => ({ data: undefined }));
    if (data?.createCourier) {
      setCreated(data.createCourier.name);
      setUserId('');
      setName('');
    }
  }

  return (
    <form className="form narrow" aria-label={t('couriers.create')} onSubmit={(e) => void submit(e)} noValidate>
      <ErrorList messages={unplaced(errors, FIELDS)} />
      {accounts.data && candidates.length === 0 ? (
        <p>
          {t('couriers.noCandidates')} <Link to="/admin/accounts">{t('couriers.createAccount')}</Link>
        </p>
      ) : (
        <SelectField
          label={t('couriers.account')}
          value={chosen}
          onChange={(e) => {
            setUserId(e.target.value);
            // The account's name is the likely courier name; the admin may change it.
            if (!name) setName(candidates.find((c) => c.id === e.target.value)?.name ?? '');
          }}
          error={errors.byField.get('input.userId')}
        >
          {candidates.map((user) => (
            <option key={user.id} value={user.id}>
              {user.name} ({user.email})
            </option>
          ))}
        </SelectField>
      )}
      <TextField
        label={t('couriers.name')}
        hint={t('couriers.nameHint')}
        required
        value={name}
        onChange={(e) => setName(e.target.value)}
        error={errors.byField.get('input.name')}
      />
      <SelectField
        label={t('couriers.vehicle')}
        value={vehicle}
        onChange={(e) => setVehicle(e.target.value as VehicleType)}
        error={errors.byField.get('input.vehicle')}
      >
        {VEHICLES.map((v) => (
          <option key={v} value={v}>
            {t(`vehicles.${v}`)}
          </option>
        ))}
      </SelectField>
      <div aria-live="polite">{created && <p className="notice">{t('couriers.created', { name: created })}</p>}</div>
      <button type="submit" disabled={loading || candidates.length === 0}>
        {t('couriers.submit')}
      </button>
    </form>
  );
}
