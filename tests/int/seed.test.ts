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
    expect(report.create).toContain('pages:kontaktfamilj')
    expect(report.create).toContain('site-settings')
    const sv = await payload.find({
      collection: 'pages',
      locale: 'sv',
      where: { slug: { equals: 'kontaktfamilj' } },
    })
    const en = await payload.find({
      collection: 'pages',
      locale: 'en',
      where: { slug: { equals: 'contact-family' } },
    })
    expect(sv.docs[0]._status).toBe('published')
    expect(en.docs[0].id).toBe(sv.docs[0].id)
    const settings = await payload.findGlobal({ slug: 'site-settings', locale: 'en', depth: 1 })
    expect(settings.footerLinks?.map((link) => link.label)).toEqual([
      'Accessibility statement',
      'How we handle personal data',
    ])
    expect(typeof settings.homePage === 'object' && settings.homePage?.slug).toBe('home')
  })

  it('changes nothing when run a second time', async () => {
    const before = await payload.find({ collection: 'pages', depth: 0, pagination: false })
    const report = await seedPortal(payload, loadSeedContent(contentDir))
    expect(report.create).toEqual([])
    expect(report.update).toEqual([])
    const after = await payload.find({ collection: 'pages', depth: 0, pagination: false })
    expect(after.docs.map((doc) => doc.updatedAt).sort()).toEqual(
      before.docs.map((doc) => doc.updatedAt).sort(),
    )
  })

  it('updates a page whose seed content changed and that nobody edited', async () => {
    const report = await seedPortal(
      payload,
      loadSeedContent(changedContent('kontaktperson', 'Kontaktperson (ny text)')),
    )
    expect(report.update).toEqual(['pages:kontaktperson'])
    const { docs } = await payload.find({
      collection: 'pages',
      locale: 'sv',
      where: { 'seed.key': { equals: 'kontaktperson' } },
    })
    expect(docs[0].title).toBe('Kontaktperson (ny text)')
  })

  it('never overwrites a page that was edited in the CMS', async () => {
    const editor = await createStaff(payload, 'communications')
    const { docs } = await payload.find({
      collection: 'pages',
      locale: 'sv',
      where: { slug: { equals: 'kontaktfamilj' } },
    })
    await payload.update({
      collection: 'pages',
      id: docs[0].id,
      locale: 'sv',
      data: { title: 'Kontaktfamilj – redigerad i CMS' },
      user: editor,
      overrideAccess: false,
    })
    const report = await seedPortal(
      payload,
      loadSeedContent(changedContent('kontaktfamilj', 'Kontaktfamilj från seed')),
    )
    expect(report['keep-edited']).toContain('pages:kontaktfamilj')
    const after = await payload.findByID({ collection: 'pages', id: docs[0].id, locale: 'sv' })
    expect(after.title).toBe('Kontaktfamilj – redigerad i CMS')
  })
})

describe('the demo organisation, evenings and campaign', () => {
  it('has Stockholm with districts, two municipalities sharing a recruitment team and a single-unit one', async () => {
    const find = async (slug: string) =>
      (await payload.find({ collection: 'municipalities', where: { slug: { equals: slug } }, depth: 0 }))
        .docs[0]
    const stockholm = await find('stockholm')
    expect(stockholm.districts?.length).toBeGreaterThanOrEqual(3)
    const [vaxholm, osteraker] = [await find('vaxholm'), await find('osteraker')]
    const vaxholmTeams = await payload.find({
      collection: 'teams',
      where: { municipalities: { equals: vaxholm.id } },
      depth: 0,
    })
    const shared = vaxholmTeams.docs.filter((team) => team.municipalities.includes(osteraker.id))
    expect(shared.map((team) => team.forms)).toEqual([['interest']])
    const nykvarn = await find('nykvarn')
    const nykvarnTeams = await payload.find({
      collection: 'teams',
      where: { municipalities: { equals: nykvarn.id } },
    })
    expect(nykvarnTeams.docs).toHaveLength(1)
    expect(nykvarn.fallbackTeam).toBe(nykvarnTeams.docs[0].id)
  })

  it('keeps separate SoL and LSS teams per Stockholm district', async () => {
    const sodermalm = await payload.find({
      collection: 'teams',
      where: { districts: { contains: 'sodermalm' } },
      depth: 0,
    })
    expect(sodermalm.docs.flatMap((team) => team.programmeAreas).sort()).toEqual([
      'lss',
      'sol-adults',
      'sol-children-youth',
    ])
  })

  it('gives every municipality its facts for residents, marked as examples, in both languages', async () => {
    for (const locale of ['sv', 'en'] as const) {
      const { docs } = await payload.find({ collection: 'municipalities', locale, overrideAccess: false })
      expect(docs).toHaveLength(4)
      for (const { facts } of docs) {
        expect(facts?.volunteerContact?.phone).toBeTruthy()
        expect(facts?.supportContact?.phone).toBeTruthy()
        expect(facts?.emergency?.phone).toBeTruthy()
        expect(facts?.volunteerSupport).toMatch(locale === 'sv' ? /^Exempel: / : /^Example: /)
      }
    }
  })

  it('uploads an illustration for the home page and each service page, with alt text in both languages', async () => {
    const imageOf = async (slug: string) => {
      const { docs } = await payload.find({
        collection: 'pages',
        where: { slug: { equals: slug } },
        locale: 'sv',
        depth: 0,
      })
      return docs[0].image as string
    }
    for (const slug of ['start', 'kontaktfamilj', 'kontaktperson', 'korttidsfamilj', 'kontaktperson-lss']) {
      const id = await imageOf(slug)
      expect(id, slug).toBeTruthy()
      const [sv, en] = await Promise.all(
        (['sv', 'en'] as const).map((locale) =>
          payload.findByID({ collection: 'media', id, locale, fallbackLocale: false, overrideAccess: false }),
        ),
      )
      expect(sv.mimeType).toBe('image/png')
      expect(sv.width && sv.height).toBeGreaterThan(0)
      expect(sv.alt).toMatch(/^Tecknad bild: /)
      expect(en.alt).toMatch(/^Drawing: /)
    }
  })

  it('never shows a team notification address to the public', async () => {
    const { docs } = await payload.find({ collection: 'teams', overrideAccess: false, depth: 0 })
    expect(docs.length).toBeGreaterThan(0)
    expect(docs.every((team) => team.notificationAddress === undefined)).toBe(true)
    expect(docs.every((team) => Boolean(team.publicContact?.phone))).toBe(true)
  })

  it('dates the evenings ahead of the seeding day, at Stockholm wall-clock time', async () => {
    const { docs } = await payload.find({
      collection: 'info-evenings',
      overrideAccess: false,
      sort: 'startsAt',
    })
    expect(docs.length).toBeGreaterThanOrEqual(3)
    expect(docs.every((evening) => new Date(evening.startsAt) > new Date())).toBe(true)
    const time = new Intl.DateTimeFormat('sv-SE', {
      timeZone: 'Europe/Stockholm',
      hour: '2-digit',
      minute: '2-digit',
    })
    expect(time.format(new Date(docs[0].startsAt))).toBe('18:00')
    expect(docs.some((evening) => evening.online && evening.onlineLink === undefined)).toBe(true)
  })
})
