/** How a person can be reached, as they typed it into a form. */
export type Contact = { phone?: string | null }

/**
 * A Swedish phone number in its national form, digits only: "+46 70-123 45 67", "0046701234567"
 * and "070-123 45 67" are all "0701234567". Fewer than six digits (a placeholder such as "–") is
 * no number at all, so it links nobody.
 */
export function normalPhone(phone: string | null | undefined): string | null {
  const raw = phone?.trim() ?? ''
  let digits = raw.replace(/\D/g, '')
  if (raw.startsWith('+46')) digits = digits.slice(2)
  else if (digits.startsWith('0046')) digits = digits.slice(4)
  if (digits.length < 6) return null
  return digits.startsWith('0') ? digits : `0${digits}`
}

/**
 * Two records are one person's when they share a phone number. Contact details typed into a public
 * form are claims: a team may look for the person's other records only once it has reached them on
 * this number (`mayLookForLinks`), so a form that types someone else's details reveals nothing. An
 * e-mail address is never checked that way, so it links nothing.
 */
export function samePerson(a: Contact, b: Contact): boolean {
  const phone = normalPhone(a.phone)
  return Boolean(phone && phone === normalPhone(b.phone))
}

/** The team has spoken with the person on the number they gave: the contact log says "reached". */
export const mayLookForLinks = (contactLog: { kind: string }[] | null | undefined): boolean =>
  (contactLog ?? []).some((entry) => entry.kind === 'reached')

/**
 * The records linked to `self`: the same person's others (by `samePerson`), never `self` itself.
 * The caller has already kept to one municipality and to the kinds of record that may be linked.
 */
export function linkedTo<R extends Contact & { id: string }>(
  self: Contact & { id: string },
  candidates: R[],
): R[] {
  return candidates.filter((candidate) => candidate.id !== self.id && samePerson(self, candidate))
}
