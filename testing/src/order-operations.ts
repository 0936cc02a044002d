/** Everything of an order a test may look at, as one selection. */
export const ORDER_FIELDS = `
  id number status statusReason notes estimatedReadyAt placedAt updatedAt
  customer { id } restaurant { id }
  subtotal { amount currency } deliveryFee { amount currency } total { amount currency }
  lines { id menuItem { id } name unitPrice { amount currency } quantity notes lineTotal { amount currency } status }
  history { status at actor { id } reason }
  payment { method status amount { amount currency } qrCode providerReference paidAt refundedAt }`;

/** The operations of the order saga, written as a client would send them. */
export const ORDER_OPS = {
  place: `mutation PlaceOrder($input: PlaceOrderInput!) { placeOrder(input: $input) { ${ORDER_FIELDS} } }`,
  read: `query Order($id: ID!) { order(id: $id) { ${ORDER_FIELDS} } }`,
  kitchenQueue: `query KitchenQueue($restaurantId: ID!) { kitchenQueue(restaurantId: $restaurantId) { id status lines { id status } } }`,
  restaurantOrders: `query RestaurantOrders($id: ID!) { restaurant(id: $id) { id orders(first: 50) { edges { node { id status } } } } }`,
  myOrders: `query MyOrders { myOrders(first: 50) { edges { node { id status } } } }`,
  cancel: `mutation CancelOrder($orderId: ID!, $reason: String) { cancelOrder(orderId: $orderId, reason: $reason) { ${ORDER_FIELDS} } }`,
  confirmSandboxPayment: `mutation ConfirmSandboxPayment($orderId: ID!) { confirmSandboxPayment(orderId: $orderId) { ${ORDER_FIELDS} } }`,
  accept: `mutation AcceptOrder($orderId: ID!, $prepMinutes: Int!) { acceptOrder(orderId: $orderId, prepMinutes: $prepMinutes) { ${ORDER_FIELDS} } }`,
  reject: `mutation RejectOrder($orderId: ID!, $reason: String!) { rejectOrder(orderId: $orderId, reason: $reason) { ${ORDER_FIELDS} } }`,
  startPreparing: `mutation StartPreparing($orderId: ID!) { startPreparing(orderId: $orderId) { ${ORDER_FIELDS} } }`,
  setLineStatus: `mutation SetLineStatus($orderId: ID!, $lineId: ID!, $status: LineStatus!) { setLineStatus(orderId: $orderId, lineId: $lineId, status: $status) { ${ORDER_FIELDS} } }`,
  markReady: `mutation MarkOrderReady($orderId: ID!) { markOrderReady(orderId: $orderId) { ${ORDER_FIELDS} } }`,
} as const;

export interface TestMoney {
  amount: number;
  currency: string;
}

/** An order line as `ORDER_FIELDS` selects it. */
export interface TestOrderLine {
  id: string;
  menuItem: { id: string };
  name: string;
  unitPrice: TestMoney;
  quantity: number;
  notes: string | null;
  lineTotal: TestMoney;
  status: string;
}

/** One step of an order's history as `ORDER_FIELDS` selects it. */
export interface TestStatusChange {
  status: string;
  at: string;
  actor: { id: string } | null;
  reason: string | null;
}

/** An order as `ORDER_FIELDS` selects it. */
export interface TestOrder {
  id: string;
  number: string;
  status: string;
  statusReason: string | null;
  notes: string | null;
  estimatedReadyAt: string | null;
  placedAt: string;
  updatedAt: string;
  customer: { id: string };
  restaurant: { id: string };
  subtotal: TestMoney;
  deliveryFee: TestMoney;
  total: TestMoney;
  lines: TestOrderLine[];
  history: TestStatusChange[];
  payment: {
    method: string;
    status: string;
    amount: TestMoney;
    qrCode: string | null;
    providerReference: string | null;
    paidAt: string | null;
    refundedAt: string | null;
  };
}
