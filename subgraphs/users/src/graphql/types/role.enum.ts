import { registerEnumType } from 'type-graphql';

/**
 * The contract's `Role` enum. GraphQL takes enum value names from the object's keys, so this
 * mirrors the platform's `Role` values with upper-case keys.
 */
export const RoleEnum = { CUSTOMER: 'CUSTOMER', PARTNER: 'PARTNER', COURIER: 'COURIER', ADMIN: 'ADMIN', STAFF: 'STAFF' } as const;
export type RoleEnum = (typeof RoleEnum)[keyof typeof RoleEnum];

registerEnumType(RoleEnum, {
  name: 'Role',
  description: 'What a user does on foodgraph; decides what they may see and change.',
  valuesConfig: {
    CUSTOMER: { description: 'Orders food; guests are customers too.' },
    PARTNER: { description: 'Runs one or more restaurants and may create API keys for their systems.' },
    COURIER: { description: 'Picks up and delivers orders.' },
    ADMIN: { description: 'Operates the platform: approves partners, manages couriers and staff accounts.' },
    STAFF: { description: 'Restaurant staff: runs the kitchen of the restaurants it works at (added by their owner), nothing else.' },
  },
});
