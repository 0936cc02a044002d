import { BadUserInputError } from '@foodgraph/platform/errors';

/** A line as a client asks for it. */
export interface LineRequest {
  menuItemId: string;
  quantity: number;
  notes?: string | null;
}

/** An address as a client gives it. */
export interface AddressRequest {
  line1: string;
  line2?: string | null;
  city: string;
  postalCode: string;
  location?: { lat: number; lng: number } | null;
}

export const MIN_QUANTITY = 1;
export const MAX_QUANTITY = 50;
export const MAX_LINES = 50;
export const MAX_NOTES_LENGTH = 500;
export const MAX_IDEMPOTENCY_KEY_LENGTH = 200;
const MAX_ADDRESS_PART = 200;

/** Trims free text; empty becomes null. Throws on text longer than `max`. */
export function cleanNotes(value: string | null | undefined, field: string, max = MAX_NOTES_LENGTH): string | null {
  const trimmed = value?.trim() ?? '';
  if (trimmed.length > max) throw new BadUserInputError(field, `At most ${max} characters are allowed`);
  return trimmed === '' ? null : trimmed;
}

/**
 * Checks the shape of the requested lines (count, quantity, notes) before anything is looked
 * up, naming the offending entry: `input.lines[0].quantity`.
 */
export function checkLineRequests(lines: readonly LineRequest[], field: string): void {
  if (lines.length === 0) throw new BadUserInputError(field, 'An order needs at least one line');
  if (lines.length > MAX_LINES) throw new BadUserInputError(field, `An order has at most ${MAX_LINES} lines`);
  lines.forEach((line, i) => {
    const at = `${field}[${i}]`;
    if (!Number.isInteger(line.quantity) || line.quantity < MIN_QUANTITY || line.quantity > MAX_QUANTITY) {
      throw new BadUserInputError(`${at}.quantity`, `Quantity must be between ${MIN_QUANTITY} and ${MAX_QUANTITY}`);
    }
    cleanNotes(line.notes, `${at}.notes`);
  });
}

/** Trims and checks a delivery address; `field` is its argument path. */
export function cleanAddress(address: AddressRequest, field: string) {
  const part = (value: string | null | undefined, name: string, required: boolean): string | null => {
    const trimmed = value?.trim() ?? '';
    if (required && trimmed === '') throw new BadUserInputError(`${field}.${name}`, `${name} is required`);
    if (trimmed.length > MAX_ADDRESS_PART)
      throw new BadUserInputError(`${field}.${name}`, `At most ${MAX_ADDRESS_PART} characters are allowed`);
    return trimmed === '' ? null : trimmed;
  };
  const location = address.location ?? null;
  if (location) {
    if (!(location.lat >= -90 && location.lat <= 90))
      throw new BadUserInputError(`${field}.location.lat`, 'Latitude must be between -90 and 90');
    if (!(location.lng >= -180 && location.lng <= 180))
      throw new BadUserInputError(`${field}.location.lng`, 'Longitude must be between -180 and 180');
  }
  return {
    line1: part(address.line1, 'line1', true) as string,
    line2: part(address.line2, 'line2', false),
    city: part(address.city, 'city', true) as string,
    postalCode: part(address.postalCode, 'postalCode', true) as string,
    location: location ? { lat: location.lat, lng: location.lng } : null,
  };
}

/** The client's idempotency key, trimmed; 1–200 characters. */
export function cleanIdempotencyKey(key: string, field: string): string {
  const trimmed = key.trim();
  if (trimmed === '' || trimmed.length > MAX_IDEMPOTENCY_KEY_LENGTH) {
    throw new BadUserInputError(field, `The idempotency key must have 1 to ${MAX_IDEMPOTENCY_KEY_LENGTH} characters`);
  }
  return trimmed;
}
