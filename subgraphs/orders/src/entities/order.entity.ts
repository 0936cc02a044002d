import { Column, Entity, PrimaryColumn } from 'typeorm';
import type { Fulfilment, OrderStatus, PaymentMethod, PaymentStatus } from '../domain/order-status';

/** A delivery address as stored with the order (jsonb): a copy, not a reference. */
export interface StoredAddress {
  line1: string;
  line2: string | null;
  city: string;
  postalCode: string;
  location: { lat: number; lng: number } | null;
}

/**
 * One order with its totals and its payment. The payment lives on the order row because an
 * order has exactly one and both change in the same transitions; the provider's notifications
 * are kept separately (`payment_notifications`) for idempotency and audit.
 */
@Entity('orders')
export class OrderEntity {
  @PrimaryColumn('uuid')
  id!: string;

  /** Short number, unique per restaurant and business day (`001`, `002`, …). */
  @Column('text')
  number!: string;

  /** The restaurant's local calendar date when the order was placed. */
  @Column('date', { name: 'business_day' })
  businessDay!: string;

  @Column('uuid', { name: 'customer_id' })
  customerId!: string;

  @Column('uuid', { name: 'restaurant_id' })
  restaurantId!: string;

  @Column('text')
  status!: OrderStatus;

  /** Why it was cancelled or rejected; null otherwise. */
  @Column('text', { name: 'status_reason', nullable: true })
  statusReason!: string | null;

  @Column('text')
  currency!: string;

  @Column('integer')
  subtotal!: number;

  @Column('integer', { name: 'delivery_fee' })
  deliveryFee!: number;

  /** What the coupon took off the subtotal (never more than it); 0 without one. */
  @Column('integer')
  discount!: number;

  /** The courier's tip, all of it theirs; refunded with the order. */
  @Column('integer')
  tip!: number;

  /** subtotal + deliveryFee − discount + tip: what the customer pays. */
  @Column('integer')
  total!: number;

  /** The coupon the order redeemed; its redemption is given back if the order is cancelled or rejected. */
  @Column('uuid', { name: 'coupon_id', nullable: true })
  couponId!: string | null;

  /** The coupon's code as it was used (upper case). */
  @Column('text', { name: 'coupon_code', nullable: true })
  couponCode!: string | null;

  /** When to deliver an order placed for later; null for "as soon as possible". */
  @Column('timestamptz', { name: 'scheduled_for', nullable: true })
  scheduledFor!: Date | null;

  /**
   * The kiosk session the order was placed in (`identifyCustomer`), null for every other order.
   * That session may follow this order and no other; the customer sees it in their history as usual.
   */
  @Column('uuid', { name: 'kiosk_session_id', nullable: true })
  kioskSessionId!: string | null;

  /** Delivered by a courier or collected at the counter (no fee, no tip, no courier). */
  @Column('text')
  fulfilment!: Fulfilment;

  @Column('jsonb', { name: 'delivery_address' })
  deliveryAddress!: StoredAddress;

  @Column('text', { nullable: true })
  notes!: string | null;

  @Column('text', { name: 'payment_method' })
  paymentMethod!: PaymentMethod;

  @Column('text', { name: 'payment_status' })
  paymentStatus!: PaymentStatus;

  /** Which provider holds the payment (`sandbox`); null for cash. */
  @Column('text', { name: 'payment_provider', nullable: true })
  paymentProvider!: string | null;

  @Column('text', { name: 'payment_reference', nullable: true })
  paymentReference!: string | null;

  /** The EMV payload customers scan; null until the stock is reserved, and for cash. */
  @Column('text', { name: 'payment_qr', nullable: true })
  paymentQr!: string | null;

  @Column('timestamptz', { name: 'paid_at', nullable: true })
  paidAt!: Date | null;

  @Column('timestamptz', { name: 'refunded_at', nullable: true })
  refundedAt!: Date | null;

  @Column('text', { name: 'refund_reference', nullable: true })
  refundReference!: string | null;

  /** Grows with each lines change; stock answers for an older version are ignored. */
  @Column('integer', { name: 'stock_version' })
  stockVersion!: number;

  /** The courier's user once delivery assigned one (or reported a pick-up); that courier may read the order. */
  @Column('uuid', { name: 'courier_user_id', nullable: true })
  courierUserId!: string | null;

  /**
   * The courier's user the delivery was last offered to, while nobody is assigned; that courier
   * may read the order (not its customer's or payment's details) until `offerExpiresAt`.
   */
  @Column('uuid', { name: 'offered_courier_user_id', nullable: true })
  offeredCourierUserId!: string | null;

  @Column('timestamptz', { name: 'offer_expires_at', nullable: true })
  offerExpiresAt!: Date | null;

  @Column('timestamptz', { name: 'estimated_ready_at', nullable: true })
  estimatedReadyAt!: Date | null;

  @Column('timestamptz', { name: 'placed_at' })
  placedAt!: Date;

  @Column('timestamptz', { name: 'updated_at' })
  updatedAt!: Date;

  /** The customer's key for `placeOrder` retries; unique per customer. */
  @Column('text', { name: 'idempotency_key' })
  idempotencyKey!: string;

  /** Digest of the `placeOrder` request (`placementFingerprint`); null for orders from before it was kept. */
  @Column('text', { name: 'request_fingerprint', nullable: true })
  requestFingerprint!: string | null;

  /** The request that placed the order; later system events of the order carry it. */
  @Column('text', { name: 'correlation_id' })
  correlationId!: string;
}
