import { useState } from 'react';
import { unplaced } from '../../../ui/api-errors';
import { useApiErrors } from '../../../ui/use-api-errors';

/**
 * A form's errors: the API's (by `extensions.field`) and the few the form finds itself before
 * sending (text that is not a number cannot be sent at all). A local one wins beside its field.
 */
export function useFormErrors(error: unknown) {
  const api = useApiErrors(error);
  const [local, setLocal] = useState<ReadonlyMap<string, string>>(new Map());
  return {
    /** Replace the form's own findings (an empty map clears them before a send). */
    setLocal,
    errorOf: (field: string) => local.get(field) ?? api.byField.get(field),
    /** The API's messages that no shown field takes. */
    general: (shownFields: readonly string[]) => unplaced(api, shownFields),
  };
}
