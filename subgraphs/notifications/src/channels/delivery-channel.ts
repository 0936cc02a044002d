import type { NotificationKind } from '../domain/notification-kind';

/** One notification as a channel sends it to one person. */
export interface OutgoingMessage {
  /** The channel's address of the recipient (an e-mail address for e-mail). */
  to: string;
  subject: string;
  text: string;
}

/**
 * A way to reach people besides the inbox (e-mail now; push or SMS could follow). The inbox is
 * the record; a channel only carries copies, queued in `channel_deliveries` and sent by its
 * sender loop, so a slow or failing channel never holds up the inbox.
 */
export interface DeliveryChannel {
  /** Stable name, stored with each queued delivery, e.g. `email`. */
  readonly name: string;
  /** Whether notifications of this kind go out over this channel at all. */
  accepts(kind: NotificationKind): boolean;
  /** The recipient's address on this channel, from what the read models know; null: cannot reach them. */
  addressOf(recipient: { email: string | null }): string | null;
  /** Sends one message; throwing makes the sender retry it later. */
  send(message: OutgoingMessage): Promise<void>;
  /** Releases connections. */
  close(): Promise<void>;
}
