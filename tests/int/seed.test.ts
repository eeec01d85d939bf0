import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import type { Payload } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'

import { loadSeedContent } from '../../cms/seed/content'
import { seedPortal } from '../../cms/seed/seedPortal'
import { createStaff, openTestPayload } from './helpers'

const contentDir = path.resolve(import.meta.dirname, '../../content')
let payload: Payload

beforeAll(async () => {
  payload = await openTestPayload()
})

/** A copy of content/ where one page's Swedish title has been changed, as a developer would. */
function changedContent(key: string, title: string): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'kp-content-'))
  fs.cpSync(contentDir, dir, { recursive: true })
  const file = path.join(dir, 'pages', `${key}.sv.md`)
  fs.writeFileSync(file, fs.readFileSync(file, 'utf8').replace(/^title: .*$/m, `title: ${title}`))
  return dir
}

describe('seeding', () => {
  it('loads every page, published, in Swedish and English', async () => {
    const report = await seedPortal(payload, loadSeedContent(contentDir))
    expect(report.create).toContain('kontaktfamilj')
    expect(report.create).toContain('site-settings')
    const sv = await payload.find({ collection: 'pages', locale: 'sv', where: { slug: { equals: 'kontaktfamilj' } } })
    const en = await payload.find({ collection: 'pages', locale: 'en', where: { slug: { equals: 'contact-family' } } })
    expect(sv.docs[0]._status).toBe('published')
    expect(en.docs[0].id).toBe(sv.docs[0].id)
    const settings = await payload.findGlobal({ slug: 'site-settings', locale: 'en', depth: 1 })
    expect(settings.footerLinks?.map((link) => link.label)).toEqual(['Accessibility statement', 'How we handle personal data'])
    expect(typeof settings.homePage === 'object' && settings.homePage?.slug).toBe('home')
  })

  it('changes nothing when run a second time', async () => {
    const before = await payload.find({ collection: 'pages', depth: 0, pagination: false })
    const report = await seedPortal(payload, loadSeedContent(contentDir))
    expect(report.create).toEqual([])
    expect(report.update).toEqual([])
    const after = await payload.find({ collection: 'pages', depth: 0, pagination: false })
    expect(after.docs.map((doc) => doc.updatedAt).sort()).toEqual(before.docs.map((doc) => doc.updatedAt).sort())
  })

  it('updates a page whose seed content changed and that nobody edited', async () => {
    const report = await seedPortal(payload, loadSeedContent(changedContent('kontaktperson', 'Kontaktperson (ny text)')))
    expect(report.update).toEqual(['kontaktperson'])
    const { docs } = await payload.find({ collection: 'pages', locale: 'sv', where: { 'seed.key': { equals: 'kontaktperson' } } })
    expect(docs[0].title).toBe('Kontaktperson (ny text)')
  })

  it('never overwrites a page that was edited in the CMS', async () => {
    const editor = await createStaff(payload, 'communications')
    const { docs } = await payload.find({ collection: 'pages', locale: 'sv', where: { slug: { equals: 'kontaktfamilj' } } })
    await payload.update({
      collection: 'pages',
      id: docs[0].id,
      locale: 'sv',
      data: { title: 'Kontaktfamilj – redigerad i CMS' },
      user: editor,
      overrideAccess: false,
    })
    const report = await seedPortal(payload, loadSeedContent(changedContent('kontaktfamilj', 'Kontaktfamilj från seed')))
    expect(report['keep-edited']).toContain('kontaktfamilj')
    const after = await payload.findByID({ collection: 'pages', id: docs[0].id, locale: 'sv' })
    expect(after.title).toBe('Kontaktfamilj – redigerad i CMS')
  })
})
