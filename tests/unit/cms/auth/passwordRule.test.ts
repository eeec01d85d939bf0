import { describe, expect, it } from 'vitest'

import { passwordMessage, passwordProblem } from '../../../../cms/auth/passwordRule'

describe('staff password rule', () => {
  it.each([
    ['abc', 'too-short'],
    ['', 'too-short'],
    ['elva tecken', 'too-short'],
    // Counted as the person sees the characters, not in UTF-16 units.
    ['åäöåäöåäöåä', 'too-short'],
    ['kontaktfamilj', 'common'],
    ['Kontaktfamilj', 'common'],
    ['KONTAKTFAMILJ2026', 'common'],
    ['sommar2026!!', 'common'],
    ['Sommar-2026-!', 'common'],
    ['lösenord123456', 'common'],
    ['Lösenord!12345', 'common'],
    ['kontaktportalen', 'common'],
    ['123456789012', 'common'],
    ['password1234', 'common'],
    ['aaaaaaaaaaaa', 'common'],
    ['............', 'common'],
    ['demo-kontaktportalen', null],
    ['a-long-test-password', null],
    ['hästen springer fort', null],
    ['tolv tecken!', null],
    ['sommarängens blåbär', null],
  ] as const)('%j → %s', (password, problem) => {
    expect(passwordProblem(password)).toBe(problem)
  })

  it('explains a refusal in Swedish unless the admin language is English', () => {
    expect(passwordMessage('too-short', 'sv')).toBe('Lösenordet måste vara minst 12 tecken långt.')
    expect(passwordMessage('too-short', undefined)).toBe('Lösenordet måste vara minst 12 tecken långt.')
    expect(passwordMessage('too-short', 'en')).toBe('The password must be at least 12 characters long.')
    expect(passwordMessage('common', 'en')).toMatch(/too common/)
    expect(passwordMessage('common', 'sv')).toMatch(/för vanligt/)
    // The admin's error toast lists field labels split at commas, and the label carries this text.
    for (const language of ['sv', 'en']) {
      for (const problem of ['too-short', 'common'] as const)
        expect(passwordMessage(problem, language)).not.toContain(',')
    }
  })
})
