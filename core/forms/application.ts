import * as z from 'zod/mini'

import { SERVICE_KEYS, type Service } from '../domain/organisation'
import {
  consent,
  district,
  freeText,
  mayBeEmpty,
  municipality,
  name,
  phone,
  preprocess,
  ticked,
} from './fields'
import { APPLICANTS, CALL_TIMES, FOR_WHOM } from './choices'

export { APPLICANTS, CALL_TIMES, FOR_WHOM }

const serviceChoices: [Service | 'not-sure', ...Service[]] = ['not-sure', ...SERVICE_KEYS]

/**
 * The application for support: only what intake needs to call the person back. No personal
 * identity number, no description of the situation.
 */
export const ApplicationSchema = z
  .object({
    /** A guardian applying for a child, or an adult applying for themselves. */
    applicant: z.enum(APPLICANTS, { error: 'applicant.required' }),
    /** For a guardian: whether the child is under 13 or a young person (13–20). */
    forWhom: mayBeEmpty(z.enum(FOR_WHOM, { error: 'forWhom.required' })),
    /** Whether the support concerns a disability, which makes it an LSS matter. */
    disability: preprocess(ticked, z.boolean()),
    /** The support asked for, or "not sure". */
    service: z.enum(serviceChoices, { error: 'service.required' }),
    municipality,
    district,
    name,
    phone,
    /** When intake can best call. */
    callTime: z.enum(CALL_TIMES, { error: 'callTime.required' }),
    /** Optional: only to receive the reference by e-mail. */
    email: mayBeEmpty(z.email({ error: 'email.invalid' })),
    /** Optional and short; the form warns not to write sensitive details here. */
    message: freeText(500, 'message.tooLong'),
    consent,
  })
  .check(
    z.superRefine((value, context) => {
      if (value.applicant === 'guardian' && !value.forWhom) {
        context.addIssue({ code: 'custom', path: ['forWhom'], message: 'forWhom.required' })
      }
    }),
  )

export type Application = z.infer<typeof ApplicationSchema>
