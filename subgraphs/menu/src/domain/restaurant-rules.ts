import { BadUserInputError } from '@foodgraph/platform/errors';
import type { LatLng } from './geo';
import { currencyCode, geoPoint, labelList, nonNegativeAmount, optionalText, requiredText } from './input-rules';
import { isValidTimeZone, validateOpeningHours, type OpeningHoursEntry } from './opening-hours';

/** A postal address as a client sends it. */
export interface AddressDraft {
  line1: string;
  line2?: string | null | undefined;
  city: string;
  postalCode: string;
  location?: LatLng | null | undefined;
}

/** A normalized, valid address. */
export interface ValidAddress {
  line1: string;
  line2: string | null;
  city: string;
  postalCode: string;
  location: LatLng | null;
}

/** What a partner sends to open a restaurant. */
export interface NewRestaurantDraft {
  name: string;
  description?: string | null | undefined;
  cuisines: string[];
  address: AddressDraft;
  openingHours: OpeningHoursEntry[];
  deliveryFee: number;
  minimumOrder: number;
  currency: string;
  timeZone?: string | null | undefined;
}

export interface ValidNewRestaurant {
  name: string;
  description: string | null;
  cuisines: string[];
  address: ValidAddress;
  openingHours: OpeningHoursEntry[];
  deliveryFee: number;
  minimumOrder: number;
  currency: string;
  timeZone: string;
}

/** A partial update: `undefined` (and null for required fields) leaves a field unchanged. */
export type RestaurantPatchDraft = { [K in keyof Omit<NewRestaurantDraft, 'currency'>]?: NewRestaurantDraft[K] | null };
/** The fields a valid patch changes; `description: null` clears it. */
export type ValidRestaurantPatch = Partial<Omit<ValidNewRestaurant, 'currency'>>;

export const RESTAURANT_NAME_MAX = 120;
export const DESCRIPTION_MAX = 2000;

export function validateAddress(address: AddressDraft, field: string): ValidAddress {
  return {
    line1: requiredText(address.line1, `${field}.line1`, 200),
    line2: optionalText(address.line2, `${field}.line2`, 200),
    city: requiredText(address.city, `${field}.city`, 100),
    postalCode: requiredText(address.postalCode, `${field}.postalCode`, 20),
    location: address.location ? geoPoint(address.location, `${field}.location`) : null,
  };
}

export function validateTimeZone(timeZone: string, field: string): string {
  if (!isValidTimeZone(timeZone)) throw new BadUserInputError(field, 'timeZone must be an IANA time zone such as Europe/Berlin');
  return timeZone;
}

function openingHours(entries: OpeningHoursEntry[], field: string): OpeningHoursEntry[] {
  validateOpeningHours(entries, field);
  return entries.map(({ dayOfWeek, opens, closes }) => ({ dayOfWeek, opens, closes }));
}

/** Checks and normalizes a new restaurant; `defaultTimeZone` applies when none is given. */
export function validateNewRestaurant(input: NewRestaurantDraft, defaultTimeZone: string, field = 'input'): ValidNewRestaurant {
  return {
    name: requiredText(input.name, `${field}.name`, RESTAURANT_NAME_MAX),
    description: optionalText(input.description, `${field}.description`, DESCRIPTION_MAX),
    cuisines: labelList(input.cuisines, `${field}.cuisines`),
    address: validateAddress(input.address, `${field}.address`),
    openingHours: openingHours(input.openingHours, `${field}.openingHours`),
    deliveryFee: nonNegativeAmount(input.deliveryFee, `${field}.deliveryFee`),
    minimumOrder: nonNegativeAmount(input.minimumOrder, `${field}.minimumOrder`),
    currency: currencyCode(input.currency, `${field}.currency`),
    timeZone: input.timeZone ? validateTimeZone(input.timeZone, `${field}.timeZone`) : defaultTimeZone,
  };
}

/** Checks a partial update; only the fields present end up in the result. */
export function validateRestaurantPatch(input: RestaurantPatchDraft, field = 'input'): ValidRestaurantPatch {
  const patch: ValidRestaurantPatch = {};
  if (input.name != null) patch.name = requiredText(input.name, `${field}.name`, RESTAURANT_NAME_MAX);
  if (input.description !== undefined) patch.description = optionalText(input.description, `${field}.description`, DESCRIPTION_MAX);
  if (input.cuisines != null) patch.cuisines = labelList(input.cuisines, `${field}.cuisines`);
  if (input.address != null) patch.address = validateAddress(input.address, `${field}.address`);
  if (input.openingHours != null) patch.openingHours = openingHours(input.openingHours, `${field}.openingHours`);
  if (input.deliveryFee != null) patch.deliveryFee = nonNegativeAmount(input.deliveryFee, `${field}.deliveryFee`);
  if (input.minimumOrder != null) patch.minimumOrder = nonNegativeAmount(input.minimumOrder, `${field}.minimumOrder`);
  if (input.timeZone != null) patch.timeZone = validateTimeZone(input.timeZone, `${field}.timeZone`);
  return patch;
}
