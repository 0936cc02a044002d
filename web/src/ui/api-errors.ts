import { CombinedGraphQLErrors, ServerError } from '@apollo/client';

export interface ApiErrors {
  /** `extensions.field` → the API's message, to show beside that field. */
  byField: ReadonlyMap<string, string>;
  /** Messages that belong to no field (or to a field the form does not show). */
  general: string[];
  /** The first error's `extensions.code`, when it is a GraphQL error. */
  code: string | undefined;
}

const NONE: ApiErrors = { byField: new Map(), general: [], code: undefined };

/**
 * The API's own words for what went wrong: its messages, each input error under the field the
 * API names (`extensions.field`, e.g. `input.email`). A network failure has no API message; the
 * caller shows `fallback` (translated) instead.
 */
export function apiErrorsOf(error: unknown, fallback: string): ApiErrors {
  if (!error) return NONE;
  if (CombinedGraphQLErrors.is(error)) {
    const byField = new Map<string, string>();
    const general: string[] = [];
    for (const e of error.errors) {
      const field = e.extensions?.['field'];
      if (typeof field === 'string' && !byField.has(field)) byField.set(field, e.message);
      else general.push(e.message);
    }
    return { byField, general, code: error.errors[0]?.extensions?.['code'] as string | undefined };
  }
  if (ServerError.is(error) && error.statusCode === 429) return { byField: new Map(), general: [error.message], code: 'RATE_LIMITED' };
  return { byField: new Map(), general: [fallback], code: undefined };
}

/** Field errors a form cannot place beside a field of its own go to its general list. */
export function unplaced(errors: ApiErrors, shownFields: readonly string[]): string[] {
  const orphans = [...errors.byField].filter(([field]) => !shownFields.includes(field)).map(([, message]) => message);
  return [...errors.general, ...orphans];
}
