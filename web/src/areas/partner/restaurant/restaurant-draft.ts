import type { CreateRestaurantInput, OwnedRestaurantFragment, UpdateRestaurantInput } from '@generated/graphql';
import { fromMinorUnits, splitList, toMinorUnits } from '../form/amounts';

/** One opening window as the form holds it; `key` keeps React rows stable while rows come and go. */
export interface HoursDraft {
  key: number;
  dayOfWeek: number;
  opens: string;
  closes: string;
}

/** A restaurant's details as typed: every field a string until it is sent. */
export interface RestaurantDraft {
  name: string;
  description: string;
  cuisines: string;
  line1: string;
  line2: string;
  city: string;
  postalCode: string;
  lat: string;
  lng: string;
  currency: string;
  deliveryFee: string;
  minimumOrder: string;
  timeZone: string;
  openingHours: HoursDraft[];
}

let lastKey = 0;
export function hoursRow(dayOfWeek: number, opens: string, closes: string): HoursDraft {
  return { key: ++lastKey, dayOfWeek, opens, closes };
}

/** A new restaurant: open every day 11:00–22:00 in the browser's time zone, to be adjusted. */
export function emptyDraft(): RestaurantDraft {
  return {
    name: '',
    description: '',
    cuisines: '',
    line1: '',
    line2: '',
    city: '',
    postalCode: '',
    lat: '',
    lng: '',
    currency: 'EUR',
    deliveryFee: '0',
    minimumOrder: '0',
    timeZone: Intl.DateTimeFormat().resolvedOptions().timeZone,
    openingHours: [1, 2, 3, 4, 5, 6, 7].map((day) => hoursRow(day, '11:00', '22:00')),
  };
}

export function draftOf(restaurant: OwnedRestaurantFragment): RestaurantDraft {
  const currency = restaurant.deliveryFee.currency;
  const { address } = restaurant;
  return {
    name: restaurant.name,
    description: restaurant.description ?? '',
    cuisines: restaurant.cuisines.join(', '),
    line1: address.line1,
    line2: address.line2 ?? '',
    city: address.city,
    postalCode: address.postalCode,
    lat: address.location ? String(address.location.lat) : '',
    lng: address.location ? String(address.location.lng) : '',
    currency,
    deliveryFee: fromMinorUnits(restaurant.deliveryFee.amount, currency),
    minimumOrder: fromMinorUnits(restaurant.minimumOrder.amount, currency),
    timeZone: restaurant.timeZone,
    openingHours: restaurant.openingHours.map((h) => hoursRow(h.dayOfWeek, h.opens, h.closes)),
  };
}

/** What the form cannot send at all (not a number); the API checks everything else itself. */
export type LocalProblem = 'amount' | 'coordinate' | 'bothCoordinates';

export type DraftResult<T> = { input: T; problems?: never } | { input?: never; problems: Map<string, LocalProblem> };

/** The draft as UpdateRestaurantInput (every field: the form edits them all), or what is unsendable. */
export function toUpdateInput(draft: RestaurantDraft): DraftResult<UpdateRestaurantInput> {
  const problems = new Map<string, LocalProblem>();
  const deliveryFee = toMinorUnits(draft.deliveryFee, draft.currency);
  const minimumOrder = toMinorUnits(draft.minimumOrder, draft.currency);
  if (deliveryFee === null) problems.set('input.deliveryFee', 'amount');
  if (minimumOrder === null) problems.set('input.minimumOrder', 'amount');
  const location = coordinates(draft, problems);
  if (problems.size > 0 || deliveryFee === null || minimumOrder === null) return { problems };
  return {
    input: {
      name: draft.name,
      description: draft.description.trim() || null,
      cuisines: splitList(draft.cuisines),
      address: {
        line1: draft.line1,
        line2: draft.line2.trim() || null,
        city: draft.city,
        postalCode: draft.postalCode,
        location,
      },
      openingHours: draft.openingHours.map(({ dayOfWeek, opens, closes }) => ({ dayOfWeek, opens, closes })),
      deliveryFee,
      minimumOrder,
      timeZone: draft.timeZone,
    },
  };
}

export function toCreateInput(draft: RestaurantDraft): DraftResult<CreateRestaurantInput> {
  const result = toUpdateInput(draft);
  if (!result.input) return result;
  const { input } = result;
  return {
    input: {
      name: input.name ?? '',
      description: input.description ?? null,
      cuisines: input.cuisines ?? [],
      address: input.address!,
      openingHours: input.openingHours ?? [],
      deliveryFee: input.deliveryFee ?? 0,
      minimumOrder: input.minimumOrder ?? 0,
      currency: draft.currency.trim().toUpperCase(),
      timeZone: draft.timeZone.trim() || null,
    },
  };
}

/** Both coordinates or neither: a half-given location is a mistake, not "no location". */
function coordinates(draft: RestaurantDraft, problems: Map<string, LocalProblem>): { lat: number; lng: number } | null {
  const lat = draft.lat.trim();
  const lng = draft.lng.trim();
  if (!lat && !lng) return null;
  const parse = (text: string, field: string) => {
    if (!text) problems.set(field, 'bothCoordinates');
    else if (!Number.isFinite(Number(text.replace(',', '.')))) problems.set(field, 'coordinate');
    return Number(text.replace(',', '.'));
  };
  return { lat: parse(lat, 'input.address.location.lat'), lng: parse(lng, 'input.address.location.lng') };
}

/** Every field name the form places an error beside (the rest go to its error list). */
export function restaurantFields(draft: RestaurantDraft): string[] {
  const fields = ['name', 'description', 'cuisines', 'currency', 'deliveryFee', 'minimumOrder', 'timeZone'];
  const address = ['line1', 'line2', 'city', 'postalCode', 'location.lat', 'location.lng'].map((f) => `address.${f}`);
  const hours = draft.openingHours.flatMap((_, i) => ['dayOfWeek', 'opens', 'closes'].map((f) => `openingHours[${i}].${f}`));
  return [...fields, ...address, ...hours].map((f) => `input.${f}`);
}
