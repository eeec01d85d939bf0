import { randomInt } from 'node:crypto'

/** Letters and digits that cannot be mistaken for each other when read aloud or typed (no 0/O, 1/I/L). */
export const REFERENCE_ALPHABET = '23456789ABCDEFGHJKMNPQRSTUVWXYZ'

/**
 * A reference such as `KP-7F3K-Q9XM`: 8 random symbols (about 40 bits), so it cannot be guessed
 * and says nothing about the team or how many came before.
 */
export function newReference(random: (max: number) => number = randomInt): string {
  const symbols = Array.from({ length: 8 }, () => REFERENCE_ALPHABET[random(REFERENCE_ALPHABET.length)])
  return `KP-${symbols.slice(0, 4).join('')}-${symbols.slice(4).join('')}`
}

export const REFERENCE_PATTERN = new RegExp(`^KP-[${REFERENCE_ALPHABET}]{4}-[${REFERENCE_ALPHABET}]{4}$`)
