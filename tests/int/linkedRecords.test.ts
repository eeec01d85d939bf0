import { createLocalReq } from 'payload'
import { describe, expect, it } from 'vitest'

import type { User } from '../../cms/payload-types'
import { linkedRecordsOf } from '../../cms/useCases/linkedRecords'
import { newReference } from '../../core/domain/reference'
import {
  createApplication,
  createEvening,
  createMunicipality,
  createRegistration,
  createTeam,
} from './helpers'
import { openWorld, payload, staff } from './world'

const anna = { email: 'anna@example.org', phone: '070-123 45 67' }

const { ids, users } = openWorld(async ({ ids, users }) => {
  ids.municipality = await createMunicipality(payload, 'Länkby', '9971')
  ids.elsewhere = await createMunicipality(payload, 'Bortby', '9972')
  ids.children = await createTeam(payload, 'Barn och unga', [ids.municipality], { forms: ['interest'] })
  ids.lss = await createTeam(payload, 'LSS-teamet', [ids.municipality], { forms: ['interest'] })
  ids.far = await createTeam(payload, 'Bortby team', [ids.elsewhere], { forms: ['interest'] })
  users.children = await staff(['recruiter'], [ids.children])
  users.lss = await staff(['recruiter'], [ids.lss])
  ids.self = await registration(ids.children, anna, { contactLog: [{ kind: 'reached' }] })
  ids.notReached = await registration(
    ids.children,
    { email: 'cilla@example.org', phone: '070-777 77 77' },
    { contactLog: [{ kind: 'call-attempt' }] },
  )
  // The same person, by phone written other ways: in assessment with LSS, new with LSS, booked an evening.
  await registration(
    ids.lss,
    { email: 'ANNA@Example.org', phone: '0701234567' },
    {
      services: ['lss-contact-person'],
      status: 'assessment',
      contactLog: [{ kind: 'note', note: 'Intern anteckning från LSS' }],
    },
  )
  await registration(ids.lss, { email: 'a.andersson@example.org', phone: '+46 70 123 45 67' })
  await booking(await createEvening(payload, ids.municipality, ids.lss), ids.lss, '070 123 45 67')
  // Not linked: someone else, the same e-mail with another phone (a claim nobody has checked), the
  // same person in another municipality, an application for support.
  await registration(ids.lss, { email: 'bo@example.org', phone: '070-999 99 99' })
  await registration(ids.lss, { email: anna.email, phone: '070-888 88 88' })
  await registration(ids.far, anna, { municipality: ids.elsewhere })
  await booking(await createEvening(payload, ids.elsewhere, ids.far), ids.far, anna.phone)
  await createApplication(payload, ids.municipality, [ids.children], {
    service: 'contact-family',
    name: 'Anna Andersson',
    ...anna,
  })
})

const registration = (
  team: string | null,
  contact: { email: string; phone: string },
  extra: Record<string, unknown> = {},
) => createRegistration(payload, ids.municipality, team ? [team] : [], { ...contact, ...extra })

let count = 0

async function booking(evening: string, team: string, phone: string, status = 'confirmed') {
  count += 1
  await payload.create({
    collection: 'bookings',
    data: {
      reference: newReference(),
      evening,
      team,
      status,
      sequence: count,
      seats: 1,
      name: 'Anna Andersson',
      email: 'anna@example.org',
      phone,
      services: ['lss-contact-person'],
      needs: 'Rullstol',
      staffNotes: 'Intern anteckning från LSS',
      consentAt: new Date().toISOString(),
    } as never,
  })
}

const linkedAs = async (user: User | null, id: string, locale: 'sv' | 'en' = 'sv') =>
  linkedRecordsOf(
    await createLocalReq(user ? { user: { ...user, collection: 'users' } } : {}, payload),
    id,
    locale,
  )

/** The records shown once the team has reached the person; anything else fails the test. */
const shownTo = async (user: User, id: string, locale: 'sv' | 'en' = 'sv') => {
  const linked = await linkedAs(user, id, locale)
  if (!Array.isArray(linked)) throw new Error(`expected linked records, got ${linked}`)
  return linked
}

describe('linked records', () => {
  it("shows the same person's other registrations and bookings in the municipality: team, services, status, date", async () => {
    const linked = await shownTo(users.children, ids.self)
    expect(linked.map(({ receivedAt: _, ...rest }) => rest)).toEqual([
      {
        kind: 'registration',
        teams: ['LSS-teamet'],
        services: ['Kontaktperson enligt LSS'],
        status: 'Utredning',
      },
      { kind: 'registration', teams: ['LSS-teamet'], services: ['Kontaktfamilj'], status: 'Ny' },
      { kind: 'booking', teams: ['LSS-teamet'], services: ['Kontaktperson enligt LSS'], status: 'Bekräftad' },
    ])
    expect(linked.every((record) => !Number.isNaN(Date.parse(record.receivedAt)))).toBe(true)
  })

  it('carries nothing else: no contact details, notes, needs, references or ids', async () => {
    const linked = await shownTo(users.children, ids.self)
    for (const record of linked)
      expect(Object.keys(record).sort()).toEqual(['kind', 'receivedAt', 'services', 'status', 'teams'])
    const shown = JSON.stringify(linked)
    for (const hidden of ['anna', 'Anna', '070', 'Intern anteckning', 'Rullstol', 'KP-', ids.lss])
      expect(shown).not.toContain(hidden)
  })

  it('speaks the reader’s language', async () => {
    const [first] = await shownTo(users.children, ids.self, 'en')
    expect(first).toMatchObject({ services: ['Contact person under LSS'], status: 'Assessment' })
  })

  it('is looked for only once the team has spoken with the person on the number they gave', async () => {
    expect(await linkedAs(users.children, ids.notReached)).toBe('not-reached')
  })

  it('is nothing for someone who may not see the registration itself', async () => {
    expect(await linkedAs(users.lss, ids.self)).toBeNull()
    expect(await linkedAs(null, ids.self)).toBeNull()
  })
})
