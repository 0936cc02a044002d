import { randomUUID } from 'node:crypto';
import {
  dataOf,
  ORDER_FIELDS,
  TEST_ADDRESS,
  waitForOrder,
  type GraphQLResult,
  type SignedIn,
  type TestMoney,
  type TestOrder,
  type TestSupergraph,
} from '@foodgraph/testing';

/** An order with what coupons, tips and scheduling add to it. */
export const COMMERCE_ORDER_FIELDS = `${ORDER_FIELDS}
  discount { amount currency } tip { amount currency } scheduledFor coupon { id code redemptions } fulfilment`;

export interface CommerceOrder extends TestOrder {
  discount: TestMoney;
  tip: TestMoney;
  scheduledFor: string | null;
  coupon: { id: string; code: string; redemptions: number } | null;
  fulfilment: 'DELIVERY' | 'PICKUP';
}

export const COUPON_FIELDS = `id code kind value minimumOrder { amount currency } validFrom validUntil
  maxRedemptions perCustomerLimit restaurant { id } redemptions active`;

export interface TestCoupon {
  id: string;
  code: string;
  kind: 'PERCENT' | 'FIXED';
  value: number;
  minimumOrder: TestMoney | null;
  validFrom: string | null;
  validUntil: string | null;
  maxRedemptions: number | null;
  perCustomerLimit: number | null;
  restaurant: { id: string } | null;
  redemptions: number;
  active: boolean;
}

export const COMMERCE_OPS = {
  place: `mutation PlaceOrder($input: PlaceOrderInput!) { placeOrder(input: $input) { ${COMMERCE_ORDER_FIELDS} } }`,
  read: `query Order($id: ID!) { order(id: $id) { ${COMMERCE_ORDER_FIELDS} } }`,
  createCoupon: `mutation CreateCoupon($input: CouponInput!) { createCoupon(input: $input) { ${COUPON_FIELDS} } }`,
  deactivateCoupon: `mutation DeactivateCoupon($id: ID!) { deactivateCoupon(id: $id) { ${COUPON_FIELDS} } }`,
  coupons: `query Coupons($restaurantId: ID, $first: Int) { coupons(restaurantId: $restaurantId, first: $first) { ${COUPON_FIELDS} } }`,
  refunds: `query Refunds($id: ID!) { order(id: $id) { payment { transactions { kind status amount { amount currency } } } } }`,
} as const;

export interface CommerceOrderSpec {
  restaurantId: string;
  lines: readonly { menuItemId: string; quantity: number }[];
  /** @default 'QR_CODE' */
  paymentMethod?: 'QR_CODE' | 'CASH_ON_DELIVERY';
  /** @default a fresh UUID */
  idempotencyKey?: string;
  couponCode?: string;
  tip?: number;
  scheduledFor?: string;
  /** @default DELIVERY (left out of the request) */
  fulfilment?: 'DELIVERY' | 'PICKUP';
}

/** `placeOrder` with a coupon, tip or slot, as `customer`; the raw result, errors included. */
export function placeCommerceOrder(
  sg: TestSupergraph,
  customer: SignedIn,
  spec: CommerceOrderSpec,
): Promise<GraphQLResult<{ placeOrder: CommerceOrder }>> {
  const { couponCode, tip, scheduledFor, fulfilment, ...rest } = spec;
  return sg.query<{ placeOrder: CommerceOrder }>(COMMERCE_OPS.place, {
    token: customer.token,
    variables: {
      input: {
        ...rest,
        deliveryAddress: TEST_ADDRESS,
        paymentMethod: spec.paymentMethod ?? 'QR_CODE',
        idempotencyKey: spec.idempotencyKey ?? randomUUID(),
        ...(couponCode !== undefined ? { couponCode } : {}),
        ...(tip !== undefined ? { tip } : {}),
        ...(scheduledFor !== undefined ? { scheduledFor } : {}),
        ...(fulfilment !== undefined ? { fulfilment } : {}),
      },
    },
  });
}

/** The order as `reader` sees it, with its discount, tip, slot and coupon. */
export async function readCommerceOrder(sg: TestSupergraph, reader: SignedIn, id: string): Promise<CommerceOrder> {
  const order = dataOf(
    await sg.query<{ order: CommerceOrder | null }>(COMMERCE_OPS.read, { token: reader.token, variables: { id } }),
    'order',
  ).order;
  if (!order) throw new Error(`order ${id} not found`);
  return order;
}

/** Waits for the order to reach `status` (see `waitForOrder`), then reads it with its commerce fields. */
export async function waitForCommerceOrder(
  sg: TestSupergraph,
  reader: SignedIn,
  id: string,
  status: string,
  extra?: (order: TestOrder) => boolean,
): Promise<CommerceOrder> {
  await waitForOrder(sg, reader, id, status, extra);
  return readCommerceOrder(sg, reader, id);
}

/** `createCoupon` as `who`; the raw result. */
export function createCouponAs(sg: TestSupergraph, who: SignedIn, input: Record<string, unknown>) {
  return sg.query<{ createCoupon: TestCoupon }>(COMMERCE_OPS.createCoupon, { token: who.token, variables: { input } });
}

/** A coupon `who` created (throws on errors); a fresh code unless `input.code` names one. */
export async function createCoupon(sg: TestSupergraph, who: SignedIn, input: Record<string, unknown>): Promise<TestCoupon> {
  const code = `T${randomUUID().slice(0, 8)}`.toUpperCase();
  return dataOf(await createCouponAs(sg, who, { code, ...input }), 'createCoupon').createCoupon;
}

/** `coupons` as `who`; the raw result. */
export function listCoupons(sg: TestSupergraph, who: SignedIn, restaurantId?: string) {
  return sg.query<{ coupons: TestCoupon[] }>(COMMERCE_OPS.coupons, { token: who.token, variables: { restaurantId, first: 100 } });
}

/** One coupon as an admin sees it in `coupons` (its redemptions now). */
export async function couponNow(sg: TestSupergraph, admin: SignedIn, id: string): Promise<TestCoupon> {
  const coupon = dataOf(await listCoupons(sg, admin), 'coupons').coupons.find((c) => c.id === id);
  if (!coupon) throw new Error(`coupon ${id} is not listed`);
  return coupon;
}
