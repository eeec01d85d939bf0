import type { Payload } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'

import type { Role } from '../../cms/access/roles'
import { createStaff, expectForbidden, fieldErrors, openTestPayload, tinyPng } from './helpers'

let payload: Payload
let publishedId: string
let draftId: string

beforeAll(async () => {
  payload = await openTestPayload()
  publishedId = String(
    (await payload.create({ collection: 'pages', data: { title: 'Publicerad', _status: 'published' } })).id,
  )
  draftId = String(
    (await payload.create({ collection: 'pages', data: { title: 'Utkast', _status: 'draft' } })).id,
  )
})

const asUser = async (...roles: Role[]) => ({
  user: await createStaff(payload, ...roles),
  overrideAccess: false,
})

describe('pages', () => {
  it('the public reads published pages but never drafts', async () => {
    const { docs } = await payload.find({ collection: 'pages', overrideAccess: false })
    expect(docs.map((doc) => doc.id)).toContain(publishedId)
    expect(docs.map((doc) => doc.id)).not.toContain(draftId)
    await expect(
      payload.findByID({ collection: 'pages', id: draftId, overrideAccess: false }),
    ).rejects.toThrow()
  })

  it.each([['communications'], ['admin']] as const)('%s may create and edit pages', async (role) => {
    const as = await asUser(role)
    const page = await payload.create({ collection: 'pages', data: { title: `Ny sida av ${role}` }, ...as })
    const updated = await payload.update({
      collection: 'pages',
      id: page.id,
      data: { summary: 'Ändrad' },
      ...as,
    })
    expect(updated.summary).toBe('Ändrad')
  })

  it.each([['recruiter'], ['intake']] as const)('%s may not create, edit or delete pages', async (role) => {
    const as = await asUser(role)
    await expectForbidden(payload.create({ collection: 'pages', data: { title: 'Försök' }, ...as }))
    await expectForbidden(
      payload.update({ collection: 'pages', id: publishedId, data: { title: 'Försök' }, ...as }),
    )
    await expectForbidden(payload.delete({ collection: 'pages', id: publishedId, ...as }))
  })
})

describe('volunteer stories', () => {
  const story = (title: string, _status: 'draft' | 'published') => ({
    title,
    text: 'Vi ses på onsdagar.',
    service: 'contact-person' as const,
    _status,
  })

  it('the public reads published stories but never drafts', async () => {
    const published = await payload.create({
      collection: 'volunteer-stories',
      data: story('Publicerad berättelse', 'published'),
    })
    const draft = await payload.create({ collection: 'volunteer-stories', data: story('Utkast', 'draft') })
    const { docs } = await payload.find({ collection: 'volunteer-stories', overrideAccess: false })
    expect(docs.map((doc) => doc.id)).toContain(published.id)
    expect(docs.map((doc) => doc.id)).not.toContain(draft.id)
  })

  it('communications staff write them; recruiters and intake may not', async () => {
    const written = await payload.create({
      collection: 'volunteer-stories',
      data: story('Av kommunikatören', 'published'),
      ...(await asUser('communications')),
    })
    expect(written.title).toBe('Av kommunikatören')
    for (const role of ['recruiter', 'intake'] as const) {
      const as = await asUser(role)
      await expectForbidden(
        payload.create({ collection: 'volunteer-stories', data: story('Försök', 'published'), ...as }),
      )
      await expectForbidden(
        payload.update({ collection: 'volunteer-stories', id: written.id, data: { title: 'Försök' }, ...as }),
      )
    }
  })
})

describe('media and site settings', () => {
  it.each([['recruiter'], ['intake']] as const)(
    '%s may not upload media or change site settings',
    async (role) => {
      const as = await asUser(role)
      await expectForbidden(payload.updateGlobal({ slug: 'site-settings', data: { siteName: 'Fel' }, ...as }))
      await expectForbidden(
        payload.create({ collection: 'media', data: { alt: 'Bild' }, file: await tinyPng(), ...as }),
      )
    },
  )

  it('communications may change site settings; anyone may read them', async () => {
    const as = await asUser('communications')
    await payload.updateGlobal({ slug: 'site-settings', data: { siteName: 'Kontaktportalen Test' }, ...as })
    const read = await payload.findGlobal({ slug: 'site-settings', overrideAccess: false })
    expect(read.siteName).toBe('Kontaktportalen Test')
  })

  it('media needs alt text', async () => {
    const as = await asUser('communications')
    const errors = await fieldErrors(
      payload.create({ collection: 'media', data: {} as { alt: string }, file: await tinyPng(), ...as }),
    )
    expect(Object.keys(errors)).toEqual(['alt'])
    const stored = await payload.create({
      collection: 'media',
      data: { alt: 'En bild' },
      file: await tinyPng(),
      ...as,
    })
    expect(stored.alt).toBe('En bild')
  })
})

describe('users', () => {
  it('a staff member cannot grant themselves a role', async () => {
    const { user } = await asUser('communications')
    const updated = await payload.update({
      collection: 'users',
      id: user.id,
      data: { roles: ['admin'] },
      user,
      overrideAccess: false,
    })
    expect(updated.roles).toEqual(['communications'])
  })

  it('a staff member sees only their own account; an admin sees everyone', async () => {
    const { user } = await asUser('recruiter')
    const own = await payload.find({ collection: 'users', user, overrideAccess: false })
    expect(own.docs.map((doc) => doc.id)).toEqual([user.id])
    const admin = await asUser('admin')
    const all = await payload.find({ collection: 'users', ...admin })
    expect(all.totalDocs).toBeGreaterThan(1)
  })
})
