export type { EventEnvelope } from './envelope';
export { envelopeSchema } from './envelope';
export { RestaurantChangedV1, ItemChangedV1 } from './menu-events';
export { UserRegisteredV1 } from './users-events';
export { OrderStatusV1, OrderPlacedV1, OrderLinesChangedV1, OrderStatusChangedV1 } from './orders-events';
export { StockReservedV1, StockRejectedV1, StockReleasedV1 } from './menu-stock-events';
export { DeliveryPickedUpV1, DeliveryDeliveredV1 } from './delivery-events';
export { EVENTS, EVENT_TYPES, isEventType, producerOf, validateEvent } from './registry';
export type { DomainEvent, EventData, EventType, ValidationResult } from './registry';
