import type { Random } from './random'

const FIRST_NAMES = [
  'Anna',
  'Erik',
  'Maria',
  'Lars',
  'Sara',
  'Johan',
  'Fatima',
  'Ali',
  'Elin',
  'Mohammed',
  'Karin',
  'Per',
  'Leila',
  'Oskar',
  'Hanna',
  'Ahmed',
  'Ida',
  'Nils',
  'Amina',
  'Gustav',
]
/** Surnames nobody carries, so no generated person can be mistaken for a real one. */
const FICTIONAL_SURNAMES = [
  'Exempelsson',
  'Påhittsdotter',
  'Låtsasberg',
  'Demolund',
  'Testström',
  'Fiktivsson',
]

const ascii = (text: string) =>
  text
    .toLowerCase()
    .normalize('NFD')
    .replace(/[^a-z]/g, '')

/**
 * An obviously fictitious person: a made-up surname, an example.org address and a mobile number
 * from the series the Swedish telecoms regulator reserves for fiction (070-174 06 05 to 99).
 */
export function fictitiousPerson(random: Random, serial: number) {
  const first = random.pick(FIRST_NAMES)
  const last = random.pick(FICTIONAL_SURNAMES)
  return {
    name: `${first} ${last}`,
    email: `${ascii(first)}.${ascii(last)}.${serial}@example.org`,
    phone: `070-174 06 ${String(random.int(5, 99)).padStart(2, '0')}`,
  }
}
