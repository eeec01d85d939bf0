import { z } from 'zod'

import { SERVICES } from '../domain/organisation'
import { asList, consent, email, emptyAsUndefined, freeText, name } from './fields'

const services = Object.keys(SERVICES) as [keyof typeof SERVICES, ...(keyof typeof SERVICES)[]]

/** A seat (or two) at an information evening. */
export const BookingSchema = z.object({
  name,
  email,
  /** Optional: some people prefer a call if the evening changes. */
  phone: z.preprocess(
    emptyAsUndefined,
    z
      .string()
      .trim()
      .regex(/^\+?[\d\s\-()]{6,20}$/, { error: 'phone.invalid' })
      .optional(),
  ),
  /** One person, or two: a couple comes together as a contact family. */
  seats: z.coerce
    .number({ error: 'seats.invalid' })
    .int({ error: 'seats.invalid' })
    .min(1, { error: 'seats.invalid' })
    .max(2, { error: 'seats.invalid' }),
  /** Accessibility or interpretation needs, bounded. */
  needs: freeText(300, 'needs.tooLong'),
  /** The assignments the person is curious about; may be empty ("just curious"). */
  services: z.preprocess(asList, z.array(z.enum(services, { error: 'services.required' }))),
  consent,
})

export type Booking = z.infer<typeof BookingSchema>
