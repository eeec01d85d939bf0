import type { Payload } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'

import { ACTION_QUEUE_TITLE, ensureActionQueuePresets } from '../../cms/admin/actionQueue'
import { createStaff, openTestPayload } from './helpers'

let payload: Payload

beforeAll(async () => {
  payload = await openTestPayload()
})

const preference = async (userId: string | number, collection: string) =>
  (
    await payload.find({
      collection: 'payload-preferences',
      where: { and: [{ key: { equals: `collection-${collection}` } }, { 'user.value': { equals: userId } }] },
      depth: 0,
    })
  ).docs[0]?.value as { preset?: string } | undefined

describe("a team's default list", () => {
  it('is a shared preset of what is still new, one per submission collection', async () => {
    const { docs } = await payload.find({
      collection: 'payload-query-presets',
      where: { title: { equals: ACTION_QUEUE_TITLE } },
      depth: 0,
    })
    expect(docs.map((preset) => preset.relatedCollection).sort()).toEqual([
      'applications',
      'interest-registrations',
    ])
    expect(docs[0].where).toEqual({ or: [{ and: [{ untouched: { equals: true } }] }] })
  })

  it('follows the definition of untouched when it was saved with the older status filter', async () => {
    const [preset] = (
      await payload.find({
        collection: 'payload-query-presets',
        where: { title: { equals: ACTION_QUEUE_TITLE } },
      })
    ).docs
    const older = { or: [{ and: [{ status: { equals: 'new' } }] }] }
    await payload.update({ collection: 'payload-query-presets', id: preset.id, data: { where: older } })
    await ensureActionQueuePresets(payload)
    const after = await payload.findByID({ collection: 'payload-query-presets', id: preset.id, depth: 0 })
    expect(after.where).toEqual({ or: [{ and: [{ untouched: { equals: true } }] }] })
  })

  it('is where a new recruiter, intake worker or admin starts; communications staff get none', async () => {
    const presets = Object.fromEntries(
      (await payload.find({ collection: 'payload-query-presets', depth: 0 })).docs.map((preset) => [
        preset.relatedCollection,
        String(preset.id),
      ]),
    )
    const recruiter = await createStaff(payload, 'recruiter')
    expect(await preference(recruiter.id, 'interest-registrations')).toEqual({
      preset: presets['interest-registrations'],
    })
    expect(await preference(recruiter.id, 'applications')).toBeUndefined()
    const intake = await createStaff(payload, 'intake')
    expect(await preference(intake.id, 'applications')).toEqual({ preset: presets.applications })
    const admin = await createStaff(payload, 'admin')
    expect(await preference(admin.id, 'interest-registrations')).toBeDefined()
    expect(await preference(admin.id, 'applications')).toBeDefined()
    const communications = await createStaff(payload, 'communications')
    expect(await preference(communications.id, 'interest-registrations')).toBeUndefined()
  })

  it('cannot be changed by staff through the API', async () => {
    const recruiter = await createStaff(payload, 'recruiter')
    const [preset] = (await payload.find({ collection: 'payload-query-presets', depth: 0 })).docs
    await expect(
      payload.update({
        collection: 'payload-query-presets',
        id: preset.id,
        data: { title: 'Mine now' },
        user: recruiter,
        overrideAccess: false,
      }),
    ).rejects.toThrow()
  })
})
