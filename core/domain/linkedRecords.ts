/** How a person can be reached, as they typed it into a form. */
export type Contact = { email?: string | null; phone?: string | null }

/** An e-mail address compared as mail servers do in practice: case and surrounding spaces ignored. */
export function normalEmail(email: string | null | undefined): string | null {
  const normal = email?.trim().toLowerCase()
  return normal || null
}

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

/** Two records are one person's when they share an e-mail address or a phone number. */
export function samePerson(a: Contact, b: Contact): boolean {
  const email = normalEmail(a.email)
  const phone = normalPhone(a.phone)
  return Boolean((email && email === normalEmail(b.email)) || (phone && phone === normalPhone(b.phone)))
}

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
