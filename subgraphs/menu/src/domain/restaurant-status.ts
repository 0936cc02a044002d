import { InvalidStateTransitionError } from '@foodgraph/platform/errors';

/** Where a restaurant is in its approval lifecycle (the contract's `RestaurantStatus`). */
export const RestaurantStatus = {
  PendingApproval: 'PENDING_APPROVAL',
  Active: 'ACTIVE',
  Suspended: 'SUSPENDED',
} as const;
export type RestaurantStatus = (typeof RestaurantStatus)[keyof typeof RestaurantStatus];

/** What an admin can do to a restaurant's status. */
export type RestaurantStatusAction = 'approve' | 'suspend';

/**
 * The allowed moves. Approving also lifts a suspension; a restaurant still waiting for approval
 * cannot be suspended (there is nothing live to stop), and no action repeats itself.
 */
const TRANSITIONS: Record<RestaurantStatusAction, Partial<Record<RestaurantStatus, RestaurantStatus>>> = {
  approve: { PENDING_APPROVAL: 'ACTIVE', SUSPENDED: 'ACTIVE' },
  suspend: { ACTIVE: 'SUSPENDED' },
};

const TARGET: Record<RestaurantStatusAction, RestaurantStatus> = { approve: 'ACTIVE', suspend: 'SUSPENDED' };

/** The status after `action`, or INVALID_STATE_TRANSITION when `from` does not allow it. */
export function nextRestaurantStatus(from: RestaurantStatus, action: RestaurantStatusAction): RestaurantStatus {
  const to = TRANSITIONS[action][from];
  if (!to) throw new InvalidStateTransitionError(from, TARGET[action], 'restaurant');
  return to;
}

/** Only approved restaurants are public: listed, orderable and visible to everyone. */
export function isPubliclyVisible(status: RestaurantStatus): boolean {
  return status === RestaurantStatus.Active;
}
