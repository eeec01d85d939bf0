import { type Payload, type PayloadRequest, createLocalReq } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'

import { linkToken } from '../../core/domain/signedLink'
import { notifySubmission } from '../../cms/mail/notifySubmission'
import type { User } from '../../cms/payload-types'
import { book } from '../../cms/useCases/bookSeat'
import {
  createEvening,
  createNotifiedTeam,
  createRegistration,
  createTeamStaff,
  openTestPayload,
} from './helpers'

let payload: Payload
let ids: { municipality: string; team: string }
let recruiter: User

/** The withdrawal endpoint as a browser calls it: GET opens the link, POST is the button. */
async function call(method: 'get' | 'post', token: string) {
  const { InterestRegistrations } = await import('../../cms/collections/InterestRegistrations')
  const endpoint = (InterestRegistrations.endpoints || []).find(
    (each) => each.path === '/withdraw' && each.method === method,
  )
  const url = `http://localhost:3000/api/interest-registrations/withdraw${method === 'get' ? `?token=${token}` : ''}`
  const request =
    method === 'get'
      ? new Request(url)
      : new Request(url, {
          method: 'POST',
          headers: { 'content-type': 'application/x-www-form-urlencoded' },
          body: new URLSearchParams({ token }).toString(),
        })
  const req = await createLocalReq(
    { req: { url, headers: request.headers, body: request.body } as Partial<PayloadRequest> },
    payload,
  )
  const response = await (endpoint as { handler: (req: PayloadRequest) => Promise<Response> }).handler(
    req as PayloadRequest,
  )
  return { status: response.status, html: await response.text() }
}

const confirmationOf = async (reference: string) =>
  (await payload.find({ collection: 'outbox', where: { key: { equals: `${reference}:confirmation` } } }))
    .docs[0]

beforeAll(async () => {
  payload = await openTestPayload()
  ids = await createNotifiedTeam(payload)
  await payload.update({
    collection: 'municipalities',
    id: ids.municipality,
    data: { retention: { interestDaysAfterEnd: 14 } },
  })
  recruiter = (await createTeamStaff(payload, ['recruiter'], [ids.team])) as User
})

describe('the withdrawal link in the volunteer’s confirmation e-mail', () => {
  it('asks, withdraws once, cancels the bookings and tells the team without personal data', async () => {
    const id = await createRegistration(payload, ids.municipality, [ids.team], { status: 'contacted' })
    const { reference, email } = await payload.findByID({ collection: 'interest-registrations', id })
    const evening = await createEvening(payload, ids.municipality, ids.team)
    const booked = await book(await createLocalReq({}, payload), { id: evening, organizingTeam: ids.team }, {
      name: 'Anna Andersson',
      email,
      seats: 1,
      services: [],
      consent: true,
      locale: 'sv',
    } as never)
    // The booking flow links the booking to the registration the team already holds.
    for (let i = 0; i < 3; i += 1) await payload.jobs.run({ allQueues: true, silent: true })
    const [booking] = (
      await payload.find({
        collection: 'bookings',
        where: { reference: { equals: (booked as { reference: string }).reference } },
      })
    ).docs
    expect(booking.interestRegistration).toMatchObject({ id })

    await notifySubmission(await createLocalReq({}, payload), 'interest', 'interest-registrations', id)
    const mail = await confirmationOf(reference)
    const link = (
      mail.text.match(/https?:\/\/\S+\/api\/interest-registrations\/withdraw\?token=\S+/) as RegExpMatchArray
    )[0]
    const token = new URL(link).searchParams.get('token') as string

    const asked = await call('get', token)
    expect(asked.status).toBe(200)
    expect(asked.html).toContain('Ja, dra tillbaka')
    // Asking changes nothing (mail scanners open links); booking the evening had moved it on.
    expect((await payload.findByID({ collection: 'interest-registrations', id })).status).toBe(
      'information-evening',
    )

    const done = await call('post', token)
    expect(done.html).toContain('Du har dragit tillbaka din intresseanmälan')
    expect(done.html).toContain('inom 14 dagar')

    // The team sees it, with its own access: withdrawn, when, and the booking cancelled.
    const seen = await payload.findByID({
      collection: 'interest-registrations',
      id,
      user: recruiter,
      overrideAccess: false,
    })
    expect(seen).toMatchObject({ status: 'withdrawn' })
    expect(seen.endedAt).toBeTruthy()
    expect(seen.history?.at(-1)).toMatchObject({ status: 'withdrawn', by: null })
    const cancelled = await payload.findByID({
      collection: 'bookings',
      id: booking.id,
      user: recruiter,
      overrideAccess: false,
    })
    expect(cancelled.status).toBe('cancelled')
    const [told] = (
      await payload.find({
        collection: 'outbox',
        where: { key: { equals: `${reference}:withdrawn:${ids.team}` } },
      })
    ).docs
    expect(told.to).toBe('team@testby.example.org')
    expect(told.text).toContain(reference)
    expect(told.text).toContain(`/admin/collections/interest-registrations/${id}`)
    for (const personal of ['Anna', 'Andersson', email, '070-123 45 67'])
      expect(told.text).not.toContain(personal)

    // Once only: the link now says it is done, and changes nothing.
    const again = await call('post', token)
    expect(again.html).toContain('redan avslutad')
    expect(
      (await payload.count({ collection: 'outbox', where: { key: { like: `${reference}:withdrawn` } } }))
        .totalDocs,
    ).toBe(1)

    // Anonymised on Testby's schedule, like any other that ended: the registration 14 days after,
    // the booking 30 days after its evening. What is left holds nothing of the person.
    const { applyRetention } = await import('../../cms/jobs/retention')
    const days = (n: number) => new Date(Date.now() + n * 86_400_000)
    const stored = async (collection: 'interest-registrations' | 'bookings', recordId: string) => {
      const doc = await payload.findByID({ collection, id: recordId, depth: 0, disableErrors: true })
      return doc && { anonymised: Boolean(doc.anonymisedAt), name: doc.name }
    }
    await applyRetention(payload, days(13))
    expect(await stored('interest-registrations', id)).toEqual({ anonymised: false, name: 'Anna Andersson' })
    await applyRetention(payload, days(15))
    expect(await stored('interest-registrations', id)).toEqual({ anonymised: true, name: '' })
    expect(await stored('bookings', String(booking.id))).toMatchObject({ anonymised: false })
    await applyRetention(payload, days(38))
    expect(await stored('bookings', String(booking.id))).toEqual({ anonymised: true, name: '' })
    // The link in the e-mail now answers as for a record that is gone.
    expect((await call('get', token)).status).toBe(400)
  })

  it('refuses a tampered token, another record’s signature and a cancel token for the same id', async () => {
    const id = await createRegistration(payload, ids.municipality, [ids.team])
    const other = await createRegistration(payload, ids.municipality, [ids.team])
    const token = linkToken(payload.secret, 'withdraw-interest', id)
    const [, otherSignature] = linkToken(payload.secret, 'withdraw-interest', other).split('.')
    for (const bad of [
      `${token.slice(0, -3)}abc`,
      `${token.split('.')[0]}.${otherSignature}`,
      linkToken(payload.secret, 'cancel-booking', id),
    ]) {
      for (const method of ['get', 'post'] as const) {
        const refused = await call(method, bad)
        expect(refused.status).toBe(400)
        expect(refused.html).toContain('Länken fungerar inte')
      }
    }
    expect((await payload.findByID({ collection: 'interest-registrations', id })).status).toBe('new')
  })
})
