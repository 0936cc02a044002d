import { useMutation } from '@apollo/client/react';
import { IdentifyCustomerDocument, StartGuestSessionDocument } from '@generated/graphql';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { unplaced } from '../../ui/api-errors';
import { ErrorList } from '../../ui/ErrorList';
import { TextField } from '../../ui/TextField';
import { useApiErrors } from '../../ui/use-api-errors';
import { cpfDigits, isValidCpf, maskCpf } from './cpf';
import type { KioskSessionPayload } from './kiosk-session';

/**
 * Who orders: a customer types their CPF (masked as they type, checked before it is sent) and
 * the order lands in their history; or they go on as a guest. Either way a short session for
 * this order only.
 */
export function KioskIdentify({ onSession, onBack }: { onSession: (payload: KioskSessionPayload) => void; onBack: () => void }) {
  const { t } = useTranslation('kiosk');
  const [cpf, setCpf] = useState('');
  const [invalid, setInvalid] = useState(false);
  const [identify, identifying] = useMutation(IdentifyCustomerDocument);
  const [startGuest, starting] = useMutation(StartGuestSessionDocument);
  const errors = useApiErrors(identifying.error ?? starting.error);

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (!isValidCpf(cpf)) return setInvalid(true);
    setInvalid(false);
    const { data } = await identify({ variables: { document: cpfDigits(cpf) } }).catch(() => ({ data: undefined }));
    if (data?.identifyCustomer) onSession(data.identifyCustomer);
  }
  async function asGuest() {
    const { data } = await startGuest({ variables: { name: null } }).catch(() => ({ data: undefined }));
    if (data?.startGuestSession) onSession(data.startGuestSession);
  }

  return (
    <section aria-labelledby="kiosk-who-heading" className="kiosk-who">
      <h2 id="kiosk-who-heading">{t('who.title')}</h2>
      <form onSubmit={(e) => void submit(e)} noValidate className="form">
        <ErrorList messages={unplaced(errors, ['document'])} />
        <TextField
          label={t('who.cpf')}
          inputMode="numeric"
          autoComplete="off"
          placeholder="000.000.000-00"
          value={cpf}
          onChange={(e) => setCpf(maskCpf(e.target.value))}
          hint={t('who.cpfHint')}
          error={invalid ? t('who.cpfInvalid') : errors.byField.get('document')}
        />
        <button type="submit" className="kiosk-primary" disabled={identifying.loading}>
          {t('who.identify')}
        </button>
      </form>
      <p className="kiosk-or">{t('who.or')}</p>
      <div className="row">
        <button type="button" className="kiosk-primary secondary" disabled={starting.loading} onClick={() => void asGuest()}>
          {t('who.guest')}
        </button>
        <button type="button" className="secondary" onClick={onBack}>
          {t('who.back')}
        </button>
      </div>
    </section>
  );
}
