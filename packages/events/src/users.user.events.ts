import { z } from 'zod';

export const UserRegisteredV1 = z.object({
  userId: z.uuid(),
  name: z.string(),
  email: z.string().nullable(),
  role: z.enum(['CUSTOMER', 'PARTNER', 'COURIER', 'ADMIN', 'STAFF']),
  isGuest: z.boolean(),
  createdAt: z.iso.datetime({ offset: true }),
});
export type UserRegisteredV1 = z.infer<typeof UserRegisteredV1>;
