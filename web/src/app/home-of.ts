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
    default:
      return '/';
  }
}
