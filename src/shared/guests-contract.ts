import { z } from 'zod';
import { formOpenedSchema, idSchema, method } from './contract-method';
import { guestInputSchema } from './domain';
import type { VisitDetail } from './visits-contract';

/** A visit's guests, added, changed, removed and put in order one at a time; each answers the visit. */

export const guestMethods = {
  'guests.add': method<VisitDetail>()(
    z.strictObject({
      visitId: idSchema,
      guest: guestInputSchema,
      index: z.number().int().min(0).max(10_000).optional(),
    }),
  ),
  'guests.update': method<VisitDetail>()(
    z.strictObject({
      visitId: idSchema,
      guestId: idSchema,
      guest: guestInputSchema,
      opened: formOpenedSchema,
    }),
  ),
  'guests.remove': method<VisitDetail>()(z.strictObject({ visitId: idSchema, guestId: idSchema })),
  'guests.reorder': method<VisitDetail>()(
    z.strictObject({ visitId: idSchema, guestIds: z.array(idSchema).max(10_000) }),
  ),
} as const;
