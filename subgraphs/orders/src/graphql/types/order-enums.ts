import { registerEnumType } from 'type-graphql';
import { Fulfilment, LineStatus, OrderStatus, PaymentMethod, PaymentStatus } from '../../domain/order-status';

/*
 * The domain's string unions registered as the contract's GraphQL enums. The enum keys are
 * the GraphQL names, so the objects are spelled out with the contract's names as keys.
 */

export const OrderStatusEnum = {
  PENDING: OrderStatus.Pending,
  AWAITING_PAYMENT: OrderStatus.AwaitingPayment,
  PLACED: OrderStatus.Placed,
  ACCEPTED: OrderStatus.Accepted,
  PREPARING: OrderStatus.Preparing,
  READY_FOR_PICKUP: OrderStatus.ReadyForPickup,
  PICKED_UP: OrderStatus.PickedUp,
  DELIVERED: OrderStatus.Delivered,
  CANCELLED: OrderStatus.Cancelled,
  REJECTED: OrderStatus.Rejected,
  SCHEDULED: OrderStatus.Scheduled,
} as const;

registerEnumType(OrderStatusEnum, {
  name: 'OrderStatus',
  description: 'Where an order is in its lifecycle.',
  valuesConfig: {
    PENDING: { description: "Placed by the customer; the restaurant's stock is being checked." },
    AWAITING_PAYMENT: { description: 'Stock reserved; waiting for the customer to pay the QR code.' },
    PLACED: { description: 'Paid (or cash on delivery): waiting for the restaurant to accept.' },
    ACCEPTED: { description: 'The restaurant accepted it and will prepare it.' },
    PREPARING: { description: 'The kitchen is cooking it.' },
    READY_FOR_PICKUP: { description: 'Cooked and waiting for the courier (a PICKUP order: for its customer at the counter).' },
    PICKED_UP: { description: 'A courier is on the way with it (never for a PICKUP order).' },
    DELIVERED: { description: 'The customer has it (a PICKUP order: the restaurant handed it over). Final.' },
    CANCELLED: { description: 'Cancelled by the customer, an admin, or because it was not paid in time. Final.' },
    REJECTED: { description: 'Out of stock, turned down by the restaurant, or not accepted in time. Final.' },
    SCHEDULED: {
      description:
        'Ordered for later: paid (or cash on delivery) and waiting for its slot; it enters the kitchen (PLACED) at scheduledFor minus the preparation lead time. The customer may still cancel it.',
    },
  },
});

export const FulfilmentEnum = { DELIVERY: Fulfilment.Delivery, PICKUP: Fulfilment.Pickup } as const;

registerEnumType(FulfilmentEnum, {
  name: 'Fulfilment',
  description: 'How an order reaches its customer.',
  valuesConfig: {
    DELIVERY: { description: 'A courier brings it to the delivery address.' },
    PICKUP: {
      description:
        'The customer collects it at the restaurant (a kiosk order, say): no delivery fee, no tip, no courier; the restaurant hands it over (handOverOrder).',
    },
  },
});

export const PaymentMethodEnum = { QR_CODE: PaymentMethod.QrCode, CASH_ON_DELIVERY: PaymentMethod.CashOnDelivery } as const;

registerEnumType(PaymentMethodEnum, {
  name: 'PaymentMethod',
  description: 'How the customer pays.',
  valuesConfig: {
    QR_CODE: { description: 'Scan-to-pay QR code from the payment provider, paid before the restaurant sees the order.' },
    CASH_ON_DELIVERY: { description: 'Cash to the courier; no online payment.' },
  },
});

export const PaymentStatusEnum = {
  PENDING: PaymentStatus.Pending,
  PAID: PaymentStatus.Paid,
  FAILED: PaymentStatus.Failed,
  REFUNDED: PaymentStatus.Refunded,
  NOT_REQUIRED: PaymentStatus.NotRequired,
} as const;

registerEnumType(PaymentStatusEnum, {
  name: 'PaymentStatus',
  description: 'Where the money of an order is.',
  valuesConfig: {
    PENDING: { description: 'Not paid yet.' },
    PAID: { description: 'The provider confirmed the payment.' },
    FAILED: { description: 'The payment failed or will never happen (the order closed unpaid).' },
    REFUNDED: { description: 'Paid, then given back because the order was cancelled or rejected.' },
    NOT_REQUIRED: { description: 'Cash on delivery: nothing is paid online.' },
  },
});

export const LineStatusEnum = { QUEUED: LineStatus.Queued, COOKING: LineStatus.Cooking, DONE: LineStatus.Done } as const;

registerEnumType(LineStatusEnum, {
  name: 'LineStatus',
  description: 'Kitchen progress of one order line.',
  valuesConfig: {
    QUEUED: { description: 'Not started.' },
    COOKING: { description: 'Being prepared.' },
    DONE: { description: 'Ready.' },
  },
});
