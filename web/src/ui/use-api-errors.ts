import { useTranslation } from 'react-i18next';
import { apiErrorsOf, type ApiErrors } from './api-errors';

/** apiErrorsOf with the translated "could not reach foodgraph" for failures the API did not word. */
export function useApiErrors(error: unknown): ApiErrors {
  const { t } = useTranslation();
  return apiErrorsOf(error, t('errors.network'));
}
