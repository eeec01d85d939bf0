/** What a staff member writes in a submission's contact log: one line per attempt, talk or note. */
export const CONTACT_KINDS = ['call-attempt', 'reached', 'note', 'email-sent'] as const
export type ContactKind = (typeof CONTACT_KINDS)[number]
