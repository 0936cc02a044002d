import { signedIn, signedInAs, type Identity, type UserIdentity } from '@foodgraph/platform/auth';

/*
 * The notifications subgraph's whole policy. Every UNAUTHENTICATED and FORBIDDEN it answers is
 * thrown here; services call these guards first, resolvers only pass the caller's identity. An
 * inbox needs no FORBIDDEN: a user only ever reaches their own, because every read and write is
 * scoped to the guard's user id (someone else's notification id simply changes or shows nothing).
 * A kiosk session (`identifyCustomer`) is refused by every guard here: `signedIn` answers it
 * FORBIDDEN, and none of them lets it in (it may only place, pay and follow its own orders).
 */

/** Reading, marking and following one's own notifications: any signed-in user, guests included. */
export function assertCanUseOwnInbox(identity: Identity): UserIdentity {
  return signedIn(identity);
}

/** Whether the caller may see this notification (resolving a reference): its recipient only. */
export function canReadNotification(identity: Identity, notification: { recipientId: string }): boolean {
  return identity.kind === 'user' && identity.userId === notification.recipientId;
}

/** The admin console (this subgraph's dead letters) is the admins' alone. */
export function assertCanReadAdminConsole(identity: Identity): UserIdentity {
  return signedInAs(identity, ['ADMIN'], 'Only admins may read the admin console');
}
