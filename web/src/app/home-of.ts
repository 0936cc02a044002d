import type { Role } from '@generated/graphql';

/** Where each role lands after signing in. */
export function homeOf(role: Role): string {
  switch (role) {
    case 'ADMIN':
      return '/admin';
    case 'COURIER':
      return '/courier';
    case 'PARTNER':
      return '/partner';
    // Kitchen staff do nothing but run the kitchens they work at.
    case 'STAFF':
      return '/kitchen';
    default:
      return '/';
  }
}
