import { randomUUID } from 'node:crypto';
import {
  dataOf,
  ORDER_FIELDS,
  TEST_ADDRESS,
  type GraphQLResult,
  type SignedIn,
  type TestMoney,
  type TestOrder,
  type TestSupergraph,
} from '@foodgraph/testing';

/** Everything of a basket a test looks at. */
export const BASKET_FIELDS = `id restaurant { id } couponCode problems updatedAt
  lines { id menuItem { id } name quantity notes unitPrice { amount currency } lineTotal { amount currency } }
  subtotal { amount currency } deliveryFee { amount currency } discount { amount currency } tip { amount currency } total { amount currency }`;

export interface TestBasket {
  id: string;
  restaurant: { id: string } | null;
  couponCode: string | null;
  problems: string[];
  updatedAt: string;
  lines: {
    id: string;
    menuItem: { id: string };
    name: string;
    quantity: number;
    notes: string | null;
    unitPrice: TestMoney;
    lineTotal: TestMoney;
  }[];
  subtotal: TestMoney;
  deliveryFee: TestMoney;
  discount: TestMoney;
  tip: TestMoney;
  total: TestMoney;
}

export const BASKET_OPS = {
  mine: `query MyBasket { myBasket { ${BASKET_FIELDS} } }`,
  add: `mutation AddToBasket($menuItemId: ID!, $quantity: Int!, $notes: String) { addToBasket(menuItemId: $menuItemId, quantity: $quantity, notes: $notes) { ${BASKET_FIELDS} } }`,
  update: `mutation UpdateBasketLine($lineId: ID!, $quantity: Int!) { updateBasketLine(lineId: $lineId, quantity: $quantity) { ${BASKET_FIELDS} } }`,
  clear: `mutation ClearBasket { clearBasket { ${BASKET_FIELDS} } }`,
  coupon: `mutation ApplyCoupon($code: String) { applyCoupon(code: $code) { ${BASKET_FIELDS} } }`,
  tip: `mutation SetTip($amount: Int!) { setTip(amount: $amount) { ${BASKET_FIELDS} } }`,
  checkout: `mutation Checkout($input: CheckoutInput!) { checkout(input: $input) { ${ORDER_FIELDS} } }`,
} as const;

/** One basket operation as `who`; the raw result, errors included. */
export function basketOp(
  sg: TestSupergraph,
  who: SignedIn | null,
  operation: keyof typeof BASKET_OPS,
  variables: Record<string, unknown> = {},
): Promise<GraphQLResult<Record<string, TestBasket | null>>> {
  return sg.query<Record<string, TestBasket | null>>(BASKET_OPS[operation], { ...(who ? { token: who.token } : {}), variables });
}

/** The basket a successful basket operation answered with (null for an empty `myBasket`). */
export async function basketOf(result: Promise<GraphQLResult<Record<string, TestBasket | null>>>, what: string): Promise<TestBasket> {
  const basket = Object.values(dataOf(await result, what))[0];
  if (!basket) throw new Error(`${what} answered no basket`);
  return basket;
}

export interface CheckoutSpec {
  /** @default a fresh UUID */
  idempotencyKey?: string;
  /** @default 'QR_CODE' */
  paymentMethod?: 'QR_CODE' | 'CASH_ON_DELIVERY';
}

/** `checkout` as `customer` to the test address; the raw result. */
export function checkout(sg: TestSupergraph, customer: SignedIn, spec: CheckoutSpec = {}) {
  return sg.query<{ checkout: TestOrder }>(BASKET_OPS.checkout, {
    token: customer.token,
    variables: {
      input: {
        deliveryAddress: TEST_ADDRESS,
        paymentMethod: spec.paymentMethod ?? 'QR_CODE',
        idempotencyKey: spec.idempotencyKey ?? randomUUID(),
      },
    },
  });
}

/** `extensions.field` of each error. */
export function errorFields(result: GraphQLResult<unknown>): unknown[] {
  return (result.errors ?? []).map((e) => e.extensions?.['field']);
}
