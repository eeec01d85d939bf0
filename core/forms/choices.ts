// The answers the forms offer, apart from their schemas: the form components show them without
// loading zod, which the island loads only once a person starts filling in the form.

/** "How did you hear about us?": the channels municipalities recruit through (national survey 2024/25). */
export const CHANNELS = [
  'web',
  'social-media',
  'advertising',
  'information-evening',
  'someone-i-know',
  'school',
  'partner',
  'other',
] as const

export const AGE_GROUPS = ['children', 'young-people', 'adults', 'any'] as const

/** The application: who applies, for whom, and when intake can best call. */
export const APPLICANTS = ['guardian', 'self'] as const
export const FOR_WHOM = ['child', 'young-person'] as const
export const CALL_TIMES = ['morning', 'afternoon', 'any'] as const
