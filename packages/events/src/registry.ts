import type { z } from 'zod';
import { envelopeSchema, type EventEnvelope } from './envelope';
import { ItemChangedV1 } from './menu.item.events';
import { RestaurantChangedV1 } from './menu.restaurant.events';
import { UserRegisteredV1 } from './users.user.events';
import { DeadLetterRedriveRequestedV1 } from './users.dead-letter.events';
import { StaffAddedV1, StaffRemovedV1 } from './users.staff.events';
import { OrderLinesChangedV1, OrderLineStatusChangedV1, OrderPlacedV1, OrderStatusChangedV1 } from './orders.order.events';
import { OrderPaymentRefundedV1 } from './orders.payment.events';
import { StockRejectedV1, StockReleasedV1, StockReservedV1 } from './menu.stock.events';
import {
  DeliveryAssignedV1,
  DeliveryCancelledV1,
  DeliveryDeliveredV1,
  DeliveryOfferedV1,
  DeliveryPickedUpV1,
} from './delivery.delivery.events';
import { ReviewModeratedV1, ReviewSubmittedV1 } from './feedback.review.events';
import { DeadLetterRecordedV1 } from './platform.dead-letter.events';

/**
 * Every event type the platform knows, with its current version and payload schema. Adding
 * an event = adding a line here; changing a payload incompatibly = a new version.
 */
export const EVENTS = {
  'users.user.registered': { version: 1, schema: UserRegisteredV1 },
  'users.dead_letter.redrive_requested': { version: 1, schema: DeadLetterRedriveRequestedV1 },
  'users.staff.added': { version: 1, schema: StaffAddedV1 },
  'users.staff.removed': { version: 1, schema: StaffRemovedV1 },
  'menu.restaurant.changed': { version: 1, schema: RestaurantChangedV1 },
  'menu.item.changed': { version: 1, schema: ItemChangedV1 },
  'orders.order.placed': { version: 1, schema: OrderPlacedV1 },
  'orders.order.lines_changed': { version: 1, schema: OrderLinesChangedV1 },
  'orders.order.status_changed': { version: 1, schema: OrderStatusChangedV1 },
  'orders.order.line_status_changed': { version: 1, schema: OrderLineStatusChangedV1 },
  'orders.payment.refunded': { version: 1, schema: OrderPaymentRefundedV1 },
  'menu.stock.reserved': { version: 1, schema: StockReservedV1 },
  'menu.stock.rejected': { version: 1, schema: StockRejectedV1 },
  'menu.stock.released': { version: 1, schema: StockReleasedV1 },
  'delivery.delivery.picked_up': { version: 1, schema: DeliveryPickedUpV1 },
  'delivery.delivery.delivered': { version: 1, schema: DeliveryDeliveredV1 },
  'delivery.delivery.offered': { version: 1, schema: DeliveryOfferedV1 },
  'delivery.delivery.assigned': { version: 1, schema: DeliveryAssignedV1 },
  'delivery.delivery.cancelled': { version: 1, schema: DeliveryCancelledV1 },
  'feedback.review.submitted': { version: 1, schema: ReviewSubmittedV1 },
  'feedback.review.moderated': { version: 1, schema: ReviewModeratedV1 },
  'platform.dead_letter.recorded': { version: 1, schema: DeadLetterRecordedV1 },
} as const satisfies Record<string, { version: number; schema: z.ZodType }>;

export type EventType = keyof typeof EVENTS;
export type EventData<T extends EventType> = z.infer<(typeof EVENTS)[T]['schema']>;
export type DomainEvent<T extends EventType = EventType> = { [K in T]: EventEnvelope<K, EventData<K>> }[T];

export const EVENT_TYPES = Object.keys(EVENTS) as EventType[];

export function isEventType(type: string): type is EventType {
  return Object.prototype.hasOwnProperty.call(EVENTS, type);
}

/** The subgraph that owns (produces) an event type: its first segment. */
export function producerOf(type: string): string {
  return type.slice(0, type.indexOf('.'));
}

export type ValidationResult = { ok: true; event: DomainEvent } | { ok: false; reason: string };

/**
 * Checks an envelope and its payload against the registry. A consumer dead-letters anything
 * that fails here, with the reason, instead of guessing.
 */
export function validateEvent(value: unknown): ValidationResult {
  const envelope = envelopeSchema.safeParse(value);
  if (!envelope.success) return { ok: false, reason: `bad envelope: ${envelope.error.issues.map(describe).join('; ')}` };
  const { type, version } = envelope.data;
  if (!isEventType(type)) return { ok: false, reason: `unknown event type ${type}` };
  const spec = EVENTS[type];
  if (version !== spec.version) return { ok: false, reason: `unsupported version ${version} of ${type} (expected ${spec.version})` };
  const data = spec.schema.safeParse(envelope.data.data);
  if (!data.success) return { ok: false, reason: `bad ${type} payload: ${data.error.issues.map(describe).join('; ')}` };
  return { ok: true, event: { ...envelope.data, data: data.data } as DomainEvent };
}

function describe(issue: z.core.$ZodIssue): string {
  return `${issue.path.join('.') || '(root)'}: ${issue.message}`;
}
