import { asLocale } from '../../core/i18n/locales'
import { text } from '../../core/i18n/text'
import { COMMON_PASSWORDS } from './commonPasswords'

export const MIN_PASSWORD_LENGTH = 12

export type PasswordProblem = 'too-short' | 'common'

/** The letters of a password in lower case: "Sommar2026!" and "sommar" are the same guess. */
const lettersOf = (value: string) =>
  value
    .normalize('NFC')
    .toLowerCase()
    .replace(/[^\p{L}]/gu, '')

const commonWhole = new Set<string>(COMMON_PASSWORDS)
const commonLetters = new Set(COMMON_PASSWORDS.map(lettersOf).filter(Boolean))

/**
 * Why a staff password is refused, or null if it is fine: at least 12 characters (counted as the
 * person sees them), not a common password, not a common word padded with digits or symbols, and
 * not one character repeated.
 */
export function passwordProblem(password: string): PasswordProblem | null {
  if ([...password].length < MIN_PASSWORD_LENGTH) return 'too-short'
  const whole = password.normalize('NFC').toLowerCase()
  if (commonWhole.has(whole) || commonLetters.has(lettersOf(password)) || /^(.)\1*$/u.test(whole))
    return 'common'
  return null
}

/** The refusal as the admin shows it, in the user's admin language (the default unless known); no commas, see passwordPolicy. */
export const passwordMessage = (problem: PasswordProblem, language?: string) =>
  text(asLocale(language), problem === 'too-short' ? 'cms.password.tooShort' : 'cms.password.common', {
    min: MIN_PASSWORD_LENGTH,
  })
