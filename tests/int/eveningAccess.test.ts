import { describe, expect, it } from 'vitest'

import {
  createEvening,
  createMunicipality,
  createTeam,
  eveningData,
  expectForbidden,
  fieldErrors,
} from './helpers'
import { asStaff, openWorld, payload } from './world'

const { ids } = openWorld(async ({ ids }) => {
  ids.stockholm = await createMunicipality(payload, 'Stockholm', '0180')
  ids.nykvarn = await createMunicipality(payload, 'Nykvarn', '0140')
  ids.own = await createTeam(payload, 'Södermalm barn', [ids.stockholm])
  ids.other = await createTeam(payload, 'Södermalm LSS', [ids.stockholm])
  ids.ownEvening = await createEvening(payload, ids.stockholm, ids.own)
  ids.otherEvening = await createEvening(payload, ids.stockholm, ids.other)
})

const evening = (team: string, municipality = ids.stockholm) => eveningData(municipality, team)
type Staff = Awaited<ReturnType<typeof asStaff>>

describe('information evenings and the teams that organise them', () => {
  it('a recruiter creates and edits evenings of their own team', async () => {
    const as = await asStaff(['recruiter'], [ids.own])
    const created = await payload.create({
      collection: 'info-evenings',
      data: evening(ids.own),
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
    const as = await asStaff(['recruiter'], [ids.own])
    await expectForbidden(payload.create({ collection: 'info-evenings', data: evening(ids.other), ...as }))
    await expectForbidden(
      payload.update({ collection: 'info-evenings', id: ids.otherEvening, data: { capacity: 1 }, ...as }),
    )
    await expectForbidden(payload.delete({ collection: 'info-evenings', id: ids.otherEvening, ...as }))
    await expectForbidden(payload.delete({ collection: 'info-evenings', id: ids.ownEvening, ...as }))
    expect((await payload.findByID({ collection: 'info-evenings', id: ids.otherEvening })).capacity).toBe(20)
  })

  it('only an admin moves an evening to another team', async () => {
    const recruiter = await asStaff(['recruiter'], [ids.own, ids.other])
    const moveOwnEvening = (organizingTeam: string, as: Staff) =>
      payload.update({ collection: 'info-evenings', id: ids.ownEvening, data: { organizingTeam }, ...as })
    const organizer = async () =>
      (await payload.findByID({ collection: 'info-evenings', id: ids.ownEvening, depth: 0 })).organizingTeam
    await moveOwnEvening(ids.other, recruiter)
    expect(await organizer()).toBe(ids.own)
    const admin = await asStaff(['admin'], [])
    await moveOwnEvening(ids.other, admin)
    expect(await organizer()).toBe(ids.other)
    await moveOwnEvening(ids.own, admin)
  })

  it('an evening is held in a municipality its organising team covers, whoever saves it', async () => {
    const as = await asStaff(['recruiter'], [ids.own])
    const errors = await fieldErrors(
      payload.create({
        collection: 'info-evenings',
        data: evening(ids.own, ids.nykvarn),
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
    await fieldErrors(payload.create({ collection: 'info-evenings', data: evening(ids.own, ids.nykvarn) }))
  })

  it('staff without a team, and intake, organise no evenings', async () => {
    for (const as of [await asStaff(['communications'], []), await asStaff(['recruiter'], [])]) {
      await expectForbidden(payload.create({ collection: 'info-evenings', data: evening(ids.own), ...as }))
      await expectForbidden(
        payload.update({ collection: 'info-evenings', id: ids.ownEvening, data: { capacity: 2 }, ...as }),
      )
    }
  })
})
