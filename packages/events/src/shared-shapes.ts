import { z } from 'zod';

/** Shapes several event contracts share, defined once so they cannot drift apart. */

export const geo = z.object({ lat: z.number(), lng: z.number() });

export const address = z.object({
  line1: z.string(),
  line2: z.string().nullable(),
  city: z.string(),
  postalCode: z.string(),
  location: geo.nullable(),
});
