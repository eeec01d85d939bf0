import * as z from 'zod/mini'

import { SERVICE_KEYS } from '../domain/organisation'
import { asList, consent, email, freeText, name, optionalPhone, preprocess, wholeNumber } from './fields'

/** A seat (or two) at an information evening. */
export const BookingSchema = z.object({
  name,
  email,
  /** Optional: some people prefer a call if the evening changes. */
  phone: optionalPhone,
  /** One person, or two: a couple comes together as a contact family. */
  seats: wholeNumber(1, 2, 'seats.invalid'),
  /** Accessibility or interpretation needs, bounded. */
  needs: freeText(300, 'needs.tooLong'),
  /** The assignments the person is curious about; may be empty ("just curious"). */
  services: preprocess(asList, z.array(z.enum(SERVICE_KEYS, { error: 'services.required' }))),
  consent,
})

export type Booking = z.infer<typeof BookingSchema>
