import { createHash } from 'node:crypto';
import type { LineRequest } from './order-input-rules';

/** What of a `placeOrder` request makes it the same request when retried. */
export interface PlacementRequestShape {
  restaurantId: string;
  lines: readonly LineRequest[];
  paymentMethod: string;
  deliveryAddress: unknown;
  notes?: string | null;
  couponCode?: string | null;
  tip?: number | null;
  scheduledFor?: Date | null;
  fulfilment?: string | null;
}

/**
 * A digest of a `placeOrder` request, so a retry with the same idempotency key can be told
 * from a different order reusing the key (CONFLICT). Ids are compared case-insensitively, the
 * lines in any order, and an absent note equals a null one; anything else counts.
 */
export function placementFingerprint(request: PlacementRequestShape): string {
  const lines = request.lines
    .map((line) => [line.menuItemId.toLowerCase(), line.quantity, line.notes ?? null] as const)
    .map((line) => JSON.stringify(line))
    .sort();
  const canonical = JSON.stringify([
    request.restaurantId.toLowerCase(),
    lines,
    request.paymentMethod,
    canonicalJson(request.deliveryAddress ?? null),
    request.notes ?? null,
    ...commerceParts(request),
  ]);
  return createHash('sha256').update(canonical).digest('hex');
}

/**
 * Coupon, tip, schedule and a pick-up, appended only when given so the digest of a request
 * without them stays what it was before they existed (orders placed earlier keep matching
 * their retries).
 */
function commerceParts(request: PlacementRequestShape): unknown[] {
  const coupon = request.couponCode?.trim().toUpperCase() || null;
  const tip = request.tip ?? 0;
  const scheduledFor = request.scheduledFor ? request.scheduledFor.toISOString() : null;
  const pickup = request.fulfilment === 'PICKUP' ? [{ fulfilment: 'PICKUP' }] : [];
  if (coupon === null && tip === 0 && scheduledFor === null) return pickup;
  return [{ coupon, tip, scheduledFor }, ...pickup];
}

/** JSON with object keys sorted, so two equal inputs give one string whatever their key order. */
function canonicalJson(value: unknown): string {
  if (value === null || typeof value !== 'object') return JSON.stringify(value ?? null);
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  const entries = Object.entries(value as Record<string, unknown>)
    .filter(([, v]) => v !== undefined)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`;
}
