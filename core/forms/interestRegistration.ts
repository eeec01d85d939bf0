import * as z from 'zod/mini'

import { SERVICE_KEYS } from '../domain/organisation'
import {
  asList,
  consent,
  district,
  email,
  freeText,
  mayBeEmpty,
  municipality,
  name,
  phone,
  preprocess,
  wholeNumber,
} from './fields'
import { AGE_GROUPS, CHANNELS } from './choices'

export { AGE_GROUPS, CHANNELS }

/** Households matter only for assignments where someone stays in the volunteer's home. */
const HOME_SERVICES = ['contact-family', 'lss-short-break-family']

/** The interest registration: someone who might become a contact family or contact person. */
export const InterestRegistrationSchema = z
  .object({
    /** The assignments the person is interested in; at least one. */
    services: preprocess(
      asList,
      z
        .array(z.enum(SERVICE_KEYS, { error: 'services.required' }))
        .check(z.minLength(1, { error: 'services.required' })),
    ),
    /** The municipality's CMS id. */
    municipality,
    /** A district key, where the municipality is split into districts. */
    district,
    name,
    email,
    phone,
    /** Adults living at home; asked only for contact family and short-break family. */
    adults: mayBeEmpty(wholeNumber(1, 10, 'adults.required')),
    /** Children living at home; asked with the adults. */
    children: mayBeEmpty(wholeNumber(0, 15, 'children.invalid')),
    /** Whom the person would like to support. */
    ageGroup: mayBeEmpty(z.enum(AGE_GROUPS)),
    /** A few words about themselves, bounded so nobody is invited to write a life story. */
    about: freeText(1000, 'about.tooLong'),
    /** How they heard about the portal. */
    channel: mayBeEmpty(z.enum(CHANNELS)),
    /** The campaign slug carried from a campaign link; never typed by the person. */
    campaign: mayBeEmpty(z.string().check(z.regex(/^[a-z0-9-]{1,80}$/))),
    consent,
  })
  .check(
    z.superRefine((value, context) => {
      if (value.services.some((service) => HOME_SERVICES.includes(service)) && value.adults === undefined) {
        context.addIssue({ code: 'custom', path: ['adults'], message: 'adults.required' })
      }
    }),
  )

export type InterestRegistration = z.infer<typeof InterestRegistrationSchema>
