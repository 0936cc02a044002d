import type { Role } from '@generated/graphql';

/** Every role an admin can give an account (createStaffAccount takes any). */
export const ROLES: readonly Role[] = ['CUSTOMER', 'PARTNER', 'COURIER', 'ADMIN'];
