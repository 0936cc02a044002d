import { createTransport } from 'nodemailer';
import { NotificationKind } from '../domain/notification-kind';
import type { DeliveryChannel, OutgoingMessage } from './delivery-channel';

/** What the e-mail channel needs: the SMTP server and the sender. */
export interface EmailChannelOptions {
  /** `smtp://[user:pass@]host:port` or `smtps://…` (`SMTP_URL`). */
  smtpUrl: string;
  /** The From header (`SMTP_FROM`). */
  from: string;
}

/**
 * Notifications as plain-text e-mail over SMTP (nodemailer). Delivery offers stay off it: they
 * expire within a minute or two, long before anyone reads an e-mail.
 */
export function createEmailChannel(options: EmailChannelOptions): DeliveryChannel {
  const transport = createTransport(options.smtpUrl);
  return {
    name: 'email',
    accepts: (kind) => kind !== NotificationKind.DeliveryOffer,
    addressOf: (recipient) => recipient.email,
    async send(message: OutgoingMessage) {
      await transport.sendMail({ from: options.from, to: message.to, subject: message.subject, text: message.text });
    },
    async close() {
      transport.close();
    },
  };
}
