import { UserReference } from './types/user.type';

/** A `User` reference needs no lookup here: the key is all `User.restaurants` needs. */
export const userReference = {
  __resolveReference(reference: { id: string }): UserReference {
    return Object.assign(new UserReference(), { id: reference.id });
  },
};
