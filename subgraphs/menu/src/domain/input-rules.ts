import { BadUserInputError } from '@foodgraph/platform/errors';
import { isUuid } from '@foodgraph/platform/ids';
import type { LatLng } from './geo';

/*
 * Field-level rules shared by every write. Each checks one value and throws BAD_USER_INPUT
 * naming the argument path it was given, so a form can put the message next to the field.
 */

/** Largest amount of money (minor units) one price or fee may have: 1,000,000.00. */
export const MAX_AMOUNT = 100_000_000;

/** A trimmed, non-empty string of at most `max` characters. */
export function requiredText(value: string, field: string, max: number): string {
  const text = value.trim();
  if (text.length === 0) throw new BadUserInputError(field, `${leaf(field)} must not be empty`);
  if (text.length > max) throw new BadUserInputError(field, `${leaf(field)} must be at most ${max} characters`);
  return text;
}

/** Like `requiredText`, but blank or null means "none". */
export function optionalText(value: string | null | undefined, field: string, max: number): string | null {
  if (value === null || value === undefined || value.trim() === '') return null;
  return requiredText(value, field, max);
}

/** A price: a whole number of minor units, greater than zero. */
export function positiveAmount(value: number, field: string): number {
  if (!Number.isInteger(value) || value <= 0) throw new BadUserInputError(field, `${leaf(field)} must be greater than 0 (minor units)`);
  if (value > MAX_AMOUNT) throw new BadUserInputError(field, `${leaf(field)} must be at most ${MAX_AMOUNT}`);
  return value;
}

/** A fee or threshold: a whole number of minor units, zero or more. */
export function nonNegativeAmount(value: number, field: string): number {
  if (!Number.isInteger(value) || value < 0) throw new BadUserInputError(field, `${leaf(field)} must not be negative`);
  if (value > MAX_AMOUNT) throw new BadUserInputError(field, `${leaf(field)} must be at most ${MAX_AMOUNT}`);
  return value;
}

/** Stock left today: zero or more, or null for "unlimited". */
export function stockLevel(value: number | null | undefined, field: string): number | null {
  if (value === null || value === undefined) return null;
  if (!Number.isInteger(value) || value < 0) throw new BadUserInputError(field, 'stock must be 0 or more, or null for unlimited');
  if (value > 1_000_000) throw new BadUserInputError(field, 'stock must be at most 1000000');
  return value;
}

/** An ISO-4217 code: three uppercase letters (EUR, USD, VND). */
export function currencyCode(value: string, field: string): string {
  if (!/^[A-Z]{3}$/.test(value))
    throw new BadUserInputError(field, 'currency must be an ISO-4217 code of three uppercase letters, e.g. EUR');
  return value;
}

/** A position on earth with latitude -90..90 and longitude -180..180. */
export function geoPoint(value: LatLng, field: string): LatLng {
  if (!Number.isFinite(value.lat) || value.lat < -90 || value.lat > 90)
    throw new BadUserInputError(`${field}.lat`, 'lat must be between -90 and 90');
  if (!Number.isFinite(value.lng) || value.lng < -180 || value.lng > 180)
    throw new BadUserInputError(`${field}.lng`, 'lng must be between -180 and 180');
  return { lat: value.lat, lng: value.lng };
}

/**
 * A list of short labels (cuisines, tags): each trimmed and non-empty, duplicates dropped
 * ignoring case (the first spelling wins), at most `maxCount` of them.
 */
export function labelList(values: readonly string[], field: string, maxCount = 20, maxLength = 40): string[] {
  if (values.length > maxCount) throw new BadUserInputError(field, `${leaf(field)} may hold at most ${maxCount} entries`);
  const seen = new Set<string>();
  const out: string[] = [];
  values.forEach((value, i) => {
    const label = requiredText(value, `${field}[${i}]`, maxLength);
    if (seen.has(label.toLowerCase())) return;
    seen.add(label.toLowerCase());
    out.push(label);
  });
  return out;
}

/**
 * A client-supplied id, checked before it reaches SQL (a malformed uuid would be a 500
 * there), in the lower-case spelling the rows store.
 */
export function parseId(value: string, field: string): string {
  if (!isUuid(value)) throw new BadUserInputError(field, `${field} is not a valid id`);
  return value.toLowerCase();
}

/** A menu category's position: 0..10000, lower first. */
export function categoryPosition(value: number, field: string): number {
  if (!Number.isInteger(value) || value < 0 || value > 10_000) throw new BadUserInputError(field, 'position must be between 0 and 10000');
  return value;
}

/** The last segment of a path, for messages: `input.lines[2].price` → `price`. */
function leaf(field: string): string {
  return (
    field
      .replace(/\[\d+\]$/, '')
      .split('.')
      .pop() ?? field
  );
}
