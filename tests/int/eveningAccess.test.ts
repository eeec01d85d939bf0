import type { Payload } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'

import { expectForbidden, fieldErrors, openTestPayload } from './helpers'

let payload: Payload
const ids: Record<string, string> = {}

const eveningData = (team: string, municipality = ids.stockholm) => ({
  topic: `Kväll ${Math.random()}`,
  municipality,
  organizingTeam: team,
  startsAt: new Date(Date.now() + 7 * 86_400_000).toISOString(),
  durationMinutes: 90,
  place: 'Stadshuset',
  capacity: 20,
  language: 'sv',
  status: 'open',
  _status: 'published',
})
const staff = async (roles: ('recruiter' | 'communications' | 'admin')[], teams: string[]) => ({
  user: await payload.create({
    collection: 'users',
    data: { email: `${Math.random()}@example.org`, password: 'a-long-test-password', roles, teams },
  }),
  overrideAccess: false as const,
})

beforeAll(async () => {
  payload = await openTestPayload()
  ids.stockholm = String(
    (
      await payload.create({
        collection: 'municipalities',
        data: { name: 'Stockholm', code: '0180', slug: 'stockholm' },
      })
    ).id,
  )
  ids.nykvarn = String(
    (
      await payload.create({
        collection: 'municipalities',
        data: { name: 'Nykvarn', code: '0140', slug: 'nykvarn' },
      })
    ).id,
  )
  ids.own = String(
    (
      await payload.create({
        collection: 'teams',
        data: { name: 'Södermalm barn', municipalities: [ids.stockholm] },
      })
    ).id,
  )
  ids.other = String(
    (
      await payload.create({
        collection: 'teams',
        data: { name: 'Södermalm LSS', municipalities: [ids.stockholm] },
      })
    ).id,
  )
  ids.ownEvening = String(
    (await payload.create({ collection: 'info-evenings', data: eveningData(ids.own) as never })).id,
  )
  ids.otherEvening = String(
    (await payload.create({ collection: 'info-evenings', data: eveningData(ids.other) as never })).id,
  )
})

describe('information evenings and the teams that organise them', () => {
  it('a recruiter creates and edits evenings of their own team', async () => {
    const as = await staff(['recruiter'], [ids.own])
    const created = await payload.create({
      collection: 'info-evenings',
      data: eveningData(ids.own) as never,
      depth: 0,
      ...as,
    })
    const updated = await payload.update({
      collection: 'info-evenings',
      id: ids.ownEvening,
      data: { capacity: 25 },
      ...as,
    })
    expect([created.organizingTeam, updated.capacity]).toEqual([ids.own, 25])
  })

  it("a recruiter can neither create, edit nor delete another team's evening", async () => {
    const as = await staff(['recruiter'], [ids.own])
    await expectForbidden(
      payload.create({ collection: 'info-evenings', data: eveningData(ids.other) as never, ...as }),
    )
    await expectForbidden(
      payload.update({ collection: 'info-evenings', id: ids.otherEvening, data: { capacity: 1 }, ...as }),
    )
    await expectForbidden(payload.delete({ collection: 'info-evenings', id: ids.otherEvening, ...as }))
    await expectForbidden(payload.delete({ collection: 'info-evenings', id: ids.ownEvening, ...as }))
    expect((await payload.findByID({ collection: 'info-evenings', id: ids.otherEvening })).capacity).toBe(20)
  })

  it('only an admin moves an evening to another team', async () => {
    const recruiter = await staff(['recruiter'], [ids.own, ids.other])
    await payload.update({
      collection: 'info-evenings',
      id: ids.ownEvening,
      data: { organizingTeam: ids.other },
      ...recruiter,
    })
    expect(
      (await payload.findByID({ collection: 'info-evenings', id: ids.ownEvening, depth: 0 })).organizingTeam,
    ).toBe(ids.own)
    const admin = await staff(['admin'], [])
    await payload.update({
      collection: 'info-evenings',
      id: ids.ownEvening,
      data: { organizingTeam: ids.other },
      ...admin,
    })
    expect(
      (await payload.findByID({ collection: 'info-evenings', id: ids.ownEvening, depth: 0 })).organizingTeam,
    ).toBe(ids.other)
    await payload.update({
      collection: 'info-evenings',
      id: ids.ownEvening,
      data: { organizingTeam: ids.own },
      ...admin,
    })
  })

  it('an evening is held in a municipality its organising team covers, whoever saves it', async () => {
    const as = await staff(['recruiter'], [ids.own])
    const errors = await fieldErrors(
      payload.create({
        collection: 'info-evenings',
        data: eveningData(ids.own, ids.nykvarn) as never,
        ...as,
      }),
    )
    expect(errors.municipality).toBe('Det arrangerande teamet arbetar inte i den här kommunen.')
    await fieldErrors(
      payload.update({
        collection: 'info-evenings',
        id: ids.ownEvening,
        data: { municipality: ids.nykvarn },
        ...as,
      }),
    )
    await fieldErrors(
      payload.create({ collection: 'info-evenings', data: eveningData(ids.own, ids.nykvarn) as never }),
    )
  })

  it('staff without a team, and intake, organise no evenings', async () => {
    for (const as of [await staff(['communications'], []), await staff(['recruiter'], [])]) {
      await expectForbidden(
        payload.create({ collection: 'info-evenings', data: eveningData(ids.own) as never, ...as }),
      )
      await expectForbidden(
        payload.update({ collection: 'info-evenings', id: ids.ownEvening, data: { capacity: 2 }, ...as }),
      )
    }
  })
})
