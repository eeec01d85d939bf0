import { describe, expect, it } from 'vitest'

import { type LinkPurpose, linkToken, verifyLinkToken } from '../../../../core/domain/signedLink'

const secret = 'a-secret-that-is-long-enough-0123456789'

describe.each<LinkPurpose>(['cancel-booking', 'withdraw-interest'])('the %s link token', (purpose) => {
  const token = (id: string) => linkToken(secret, purpose, id)
  const verify = (value: string) => verifyLinkToken(secret, purpose, value)

  it('verifies for its own record only', () => {
    const mine = token('record-1')
    expect(verify(mine)).toBe('record-1')
    const [, signature] = mine.split('.')
    expect(verify(`${Buffer.from('record-2').toString('base64url')}.${signature}`)).toBeNull()
    expect(verify(`${mine.slice(0, -2)}xx`)).toBeNull()
    expect(verifyLinkToken('another-secret-that-is-long-enough-000', purpose, mine)).toBeNull()
    expect(verify('garbage')).toBeNull()
  })

  it.each([
    ['trailing garbage after the signature', (value: string) => `${value}AAAA`],
    ['a third part', (value: string) => `${value}.extra`],
    ['a stray character inside the id', (value: string) => `${value.slice(0, 2)}*${value.slice(2)}`],
    ['white space around it', (value: string) => ` ${value} `],
    ['the id spelled with padding', (value: string) => value.replace('.', '=.')],
  ])('refuses a token with %s', (_, alter) => {
    const id = 'c8a4e3f0-1b2c-4d5e-8f90-123456789abc'
    expect(verify(token(id))).toBe(id)
    expect(verify(alter(token(id)))).toBeNull()
  })
})

describe('the purposes', () => {
  it('never accept each other’s token for the same id', () => {
    const cancel = linkToken(secret, 'cancel-booking', 'same-id')
    expect(verifyLinkToken(secret, 'withdraw-interest', cancel)).toBeNull()
    const withdraw = linkToken(secret, 'withdraw-interest', 'same-id')
    expect(verifyLinkToken(secret, 'cancel-booking', withdraw)).toBeNull()
  })
})
