/**
 * Passwords an attacker tries first: the world's most common ones, obvious Swedish words and the
 * portal's own vocabulary. Kept short on purpose; the length rule does most of the work, and a
 * word here also refuses itself with digits or symbols added (see `passwordProblem`).
 */
export const COMMON_PASSWORDS = [
  '123456789012',
  'password',
  'password123',
  'qwertyuiop',
  'qwerty123456',
  'iloveyou',
  'letmein',
  'welcome',
  'admin',
  'administrator',
  'lösenord',
  'lösenord123',
  'losenord',
  'välkommen',
  'hejsan',
  'hemligt',
  'sommar',
  'sommar2026',
  'vinter2026',
  'sverige',
  'stockholm',
  'kommunen',
  'socialtjänsten',
  'kontaktfamilj',
  'kontaktfamiljer',
  'kontaktperson',
  'kontaktportalen',
  'rekryterare',
  'mottagning',
  'payloadcms',
] as const
