export type { EventEnvelope } from './envelope';
export { envelopeSchema } from './envelope';
export { RestaurantChangedV1, ItemChangedV1 } from './menu-events';
export { UserRegisteredV1 } from './users-events';
export { EVENTS, EVENT_TYPES, isEventType, producerOf, validateEvent } from './registry';
export type { DomainEvent, EventData, EventType, ValidationResult } from './registry';
