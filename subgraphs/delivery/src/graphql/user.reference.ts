import { userRef, type UserRef } from './types/references.type';

/** A `User` reference needs no lookup here: the key is all `User.courierProfile` needs. */
export const userReference = {
  __resolveReference: (reference: { id: string }): UserRef => userRef(reference.id),
};
