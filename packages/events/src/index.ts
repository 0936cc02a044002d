export type { EventEnvelope } from './envelope';
export { envelopeSchema } from './envelope';
export { RestaurantChangedV1 } from './menu.restaurant.events';
export { ItemChangedV1 } from './menu.item.events';
export { UserRegisteredV1 } from './users.user.events';
export { DeadLetterRedriveRequestedV1 } from './users.dead-letter.events';
export { StaffAddedV1, StaffRemovedV1 } from './users.staff.events';
export { OrderStatusV1, OrderPlacedV1, OrderLinesChangedV1, OrderLineStatusChangedV1, OrderStatusChangedV1 } from './orders.order.events';
export { OrderPaymentRefundedV1 } from './orders.payment.events';
export { StockReservedV1, StockRejectedV1, StockReleasedV1 } from './menu.stock.events';
export {
  DeliveryOfferedV1,
  DeliveryAssignedV1,
  DeliveryCancelledV1,
  DeliveryPickedUpV1,
  DeliveryDeliveredV1,
} from './delivery.delivery.events';
export { ReviewSubmittedV1, ReviewModeratedV1 } from './feedback.review.events';
export { DeadLetterRecordedV1 } from './platform.dead-letter.events';
export { EVENTS, EVENT_TYPES, isEventType, producerOf, validateEvent } from './registry';
export type { DomainEvent, EventData, EventType, ValidationResult } from './registry';
