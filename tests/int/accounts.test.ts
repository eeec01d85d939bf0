import { type Payload, createLocalReq, getLocalI18n, LockedAuth, registerFirstUserOperation } from 'payload'
import { generatePayloadCookie } from 'payload/shared'
import { beforeAll, describe, expect, it, vi } from 'vitest'

import { DEMO_ADMIN_DEFAULTS } from '../../cms/config/mode'
import { createStaff, expectForbidden, fieldErrors, openTestPayload } from './helpers'

let payload: Payload
const TOO_SHORT = 'Lösenordet måste vara minst 12 tecken långt.'
const TOO_COMMON = /^Lösenordet är för vanligt/
const login = (email: string, password: string) =>
  payload.login({ collection: 'users', data: { email, password } })

beforeAll(async () => {
  delete process.env.RESEND_API_KEY
  payload = await openTestPayload()
})

describe('staff passwords', () => {
  it('the first user registered needs a strong password too, and the demo password is one', async () => {
    const register = async (password: string) => {
      const data = { email: DEMO_ADMIN_DEFAULTS.email, password, roles: ['admin'] }
      return registerFirstUserOperation({
        collection: payload.collections.users,
        data: data as never,
        req: await createLocalReq({}, payload),
      })
    }
    expect(await fieldErrors(register('abc'))).toEqual({ password: TOO_SHORT })
    expect((await register(DEMO_ADMIN_DEFAULTS.password)).user?.email).toBe(DEMO_ADMIN_DEFAULTS.email)
  })

  it('an admin cannot give a new account a short or common password', async () => {
    const admin = await createStaff(payload, 'admin')
    const create = (password: string, extra: object = {}) =>
      payload.create({
        collection: 'users',
        data: { email: 'new.recruiter@example.org', password, roles: ['recruiter'] },
        user: admin,
        overrideAccess: false,
        ...extra,
      })
    expect(await fieldErrors(create('abc'))).toEqual({ password: TOO_SHORT })
    expect((await fieldErrors(create('Kontaktfamilj2026'))).password).toMatch(TOO_COMMON)
    // The refusal follows the admin language of whoever sets the password.
    const english = { req: { i18n: await getLocalI18n({ config: payload.config, language: 'en' }) } }
    expect(await fieldErrors(create('abc', english))).toEqual({
      password: 'The password must be at least 12 characters long.',
    })
    expect((await create('tre ord i rad, gärna')).email).toBe('new.recruiter@example.org')
  })

  it('a staff member changing their own password gets the same rule', async () => {
    const recruiter = await createStaff(payload, 'recruiter')
    const update = (password: string) =>
      payload.update({
        collection: 'users',
        id: recruiter.id,
        data: { password },
        user: recruiter,
        overrideAccess: false,
      })
    expect((await fieldErrors(update('sommar2026!!'))).password).toMatch(TOO_COMMON)
    await update('fönster mot gården')
    expect((await login(recruiter.email, 'fönster mot gården')).user?.id).toBe(recruiter.id)
  })

  it('a password reset refuses a weak password and accepts a strong one', async () => {
    const recruiter = await createStaff(payload, 'recruiter')
    const token = await payload.forgotPassword({
      collection: 'users',
      data: { email: recruiter.email },
      disableEmail: true,
    })
    const reset = (password: string) =>
      payload.resetPassword({ collection: 'users', data: { token, password }, overrideAccess: true })
    expect((await fieldErrors(reset('lösenord123'))).password).toBe(TOO_SHORT)
    expect((await fieldErrors(reset('Lösenord-123456'))).password).toMatch(TOO_COMMON)
    await reset('cykeln står i hallen')
    expect((await login(recruiter.email, 'cykeln står i hallen')).user?.id).toBe(recruiter.id)
  })
})

describe('locked accounts', () => {
  it('lock after five wrong passwords, and only an admin can unlock them', async () => {
    const admin = await createStaff(payload, 'admin')
    const recruiter = await createStaff(payload, 'recruiter')
    const victim = await createStaff(payload, 'intake')
    // Payload's type asks for a password here that the unlock operation never reads.
    const unlock = (user: typeof admin) =>
      payload.unlock({
        collection: 'users',
        data: { email: victim.email } as never,
        req: { user: { ...user, collection: 'users' } },
        overrideAccess: false,
      })
    for (let attempt = 0; attempt < 5; attempt += 1)
      await expect(login(victim.email, 'wrong password here')).rejects.toMatchObject({ status: 401 })
    // Locked now: even the right password is refused.
    await expect(login(victim.email, 'a-long-test-password')).rejects.toBeInstanceOf(LockedAuth)
    await expectForbidden(unlock(recruiter))
    await expect(login(victim.email, 'a-long-test-password')).rejects.toBeInstanceOf(LockedAuth)
    await unlock(admin)
    expect((await login(victim.email, 'a-long-test-password')).user?.id).toBe(victim.id)
  })
})

describe('the session cookie', () => {
  it('is Secure and HttpOnly outside the demo, so it never travels over plain http', () => {
    const cookie = generatePayloadCookie({
      collectionAuthConfig: payload.collections.users.config.auth,
      cookiePrefix: payload.config.cookiePrefix,
      token: 'token',
    })
    expect(cookie).toMatch(/; Secure/)
    expect(cookie).toMatch(/; HttpOnly/)
  })
})

describe("Payload's own e-mails", () => {
  it('a forgotten password sends one e-mail through the outbox, and no log line carries an address', async () => {
    const recruiter = await createStaff(payload, 'recruiter')
    const logged: string[] = []
    const levels = ['trace', 'debug', 'info', 'warn', 'error', 'fatal'] as const
    const record = (...args: unknown[]) => void logged.push(JSON.stringify(args))
    const spies = levels.map((level) => vi.spyOn(payload.logger, level).mockImplementation(record as never))
    const token = await payload.forgotPassword({ collection: 'users', data: { email: recruiter.email } })
    await payload.jobs.run({ allQueues: true, silent: true })
    for (const spy of spies) spy.mockRestore()

    const { docs } = await payload.find({
      collection: 'outbox',
      where: { to: { equals: recruiter.email } },
      depth: 0,
    })
    expect(docs).toHaveLength(1)
    expect(docs[0].subject).toBe('Återställ ditt lösenord')
    expect(docs[0].text).toContain(`/admin/reset/${token}`)
    expect(docs[0].status).toBe('delivered-locally')
    expect(logged.join('\n')).not.toMatch(/[^\s"'<]+@[^\s"'>]+\.[a-z]+/i)
  })
})
