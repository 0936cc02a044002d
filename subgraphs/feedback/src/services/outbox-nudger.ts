/** Hands committed outbox rows to the relay at once instead of at its next poll. */
export interface OutboxNudger {
  nudge(): void;
}
