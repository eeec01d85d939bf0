import { normalPhone } from './linkedRecords'

/** Whom an access request (GDPR art. 15) is about: an e-mail address, a phone number, or both. */
export type Person = { email: string | null; phone: string | null }

/** A stored record's contact details: a form's e-mail and phone, or an e-mail's recipient. */
export type Contacts = { email?: string | null; phone?: string | null; to?: string | null }

const normalEmail = (email: unknown): string | null => {
  const trimmed = typeof email === 'string' ? email.trim().toLowerCase() : ''
  return trimmed.includes('@') ? trimmed : null
}

/** The person asked about, from what the admin typed; null when neither is a usable address or number. */
export function personOf(input: { email?: unknown; phone?: unknown }): Person | null {
  const email = normalEmail(input.email)
  const phone = typeof input.phone === 'string' ? normalPhone(input.phone) : null
  return email || phone ? { email, phone } : null
}

/**
 * Whether a record is the person's: the same e-mail address (in any case) or the same phone number
 * in any Swedish form. Unlike linked records, nothing here is shown to a team: the admin answers the
 * person who asked, so a record with their address or number is theirs to see.
 */
export function isTheirs(person: Person, record: Contacts): boolean {
  const emails = [record.email, record.to].map(normalEmail)
  if (person.email && emails.includes(person.email)) return true
  return Boolean(person.phone && normalPhone(record.phone) === person.phone)
}
