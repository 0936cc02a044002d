import { registerEnumType } from 'type-graphql';
import { RestaurantStatus } from '../../domain/restaurant-status';

/** GraphQL names are the values themselves (PENDING_APPROVAL, …), as in the contract. */
export const RestaurantStatusEnum = {
  PENDING_APPROVAL: RestaurantStatus.PendingApproval,
  ACTIVE: RestaurantStatus.Active,
  SUSPENDED: RestaurantStatus.Suspended,
} as const;

registerEnumType(RestaurantStatusEnum, {
  name: 'RestaurantStatus',
  description: 'Where a restaurant is in its approval lifecycle.',
  valuesConfig: {
    PENDING_APPROVAL: { description: 'Created by a partner, waiting for an admin to approve it; not public yet.' },
    ACTIVE: { description: 'Approved: listed publicly and able to take orders.' },
    SUSPENDED: { description: 'Stopped by an admin; hidden from the public until approved again.' },
  },
});
