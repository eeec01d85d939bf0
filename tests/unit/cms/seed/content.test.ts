import path from 'node:path'
import { describe, expect, it } from 'vitest'

import { slugProblem } from '../../../../core/domain/slug'
import { loadSeedContent } from '../../../../cms/seed/content'
import { SEED_LOCALES } from '../../../../cms/seed/model'

const content = loadSeedContent(path.resolve(import.meta.dirname, '../../../../content'))

/** The information pages every visitor needs, besides the start page. */
const CORE_PAGES = [
  'kontaktfamilj',
  'kontaktperson',
  'sarskilt-kvalificerad-kontaktperson',
  'korttidsfamilj',
  'kontaktperson-lss',
  'vem-kan-bli',
  'vad-du-far',
  'sa-gar-det-till',
  'uppdraget',
  'for-familjer',
]

describe('the seed content in content/', () => {
  it('has the core information pages in both languages', () => {
    const keys = content.pages.map((page) => page.key)
    for (const key of ['start', ...CORE_PAGES]) {
      expect(keys).toContain(key)
    }
  })

  it('has an easy-read version of every core page in both languages, and a page for children', () => {
    const missing = CORE_PAGES.flatMap((key) => {
      const page = content.pages.find((candidate) => candidate.key === key)
      return SEED_LOCALES.filter((locale) => !page?.locales[locale].easyRead).map(
        (locale) => `${key}.${locale}`,
      )
    })
    expect(missing).toEqual([])
    expect(content.pages.map((page) => page.key)).toEqual(
      expect.arrayContaining(['for-barn', 'fragor-och-svar']),
    )
  })

  it('says who each page speaks to, so volunteers meet the interest form and families the application', () => {
    const audiences = Object.fromEntries(content.pages.map((page) => [page.key, page.audience]))
    const volunteerPages = [...CORE_PAGES.filter((key) => key !== 'for-familjer'), 'fragor-och-svar']
    expect(volunteerPages.filter((key) => audiences[key] !== 'volunteers')).toEqual([])
    expect(audiences['for-familjer']).toBe('families')
    expect(audiences.start).toBe('both')
  })

  it.each(SEED_LOCALES)('uses valid slugs, unique within %s', (locale) => {
    const slugs = content.pages.map((page) => page.locales[locale].slug)
    expect(slugs.filter((slug) => slugProblem(slug) !== null)).toEqual([])
    expect(new Set(slugs).size).toBe(slugs.length)
  })

  it('keeps meta descriptions within what search engines show (160 characters)', () => {
    const tooLong = content.pages.flatMap((page) =>
      SEED_LOCALES.filter((locale) => page.locales[locale].metaDescription.length > 160).map(
        (locale) => `${page.key}.${locale}`,
      ),
    )
    expect(tooLong).toEqual([])
  })

  it('links only to pages that exist, in the same language', () => {
    const paths = {
      // The forms, the evenings list and the municipalities are routes of the site, not CMS pages.
      sv: new Set([
        '/',
        '/ansok',
        '/intresseanmalan',
        '/informationskvallar',
        '/kommun',
        ...content.pages.map((page) => `/${page.locales.sv.slug}`),
      ]),
      en: new Set([
        '/en',
        '/en/apply',
        '/en/register-interest',
        '/en/information-evenings',
        '/en/municipality',
        ...content.pages.map((page) => `/en/${page.locales.en.slug}`),
      ]),
    }
    const broken = content.pages.flatMap((page) =>
      SEED_LOCALES.flatMap((locale) =>
        [
          ...`${page.locales[locale].markdown}\n${page.locales[locale].easyRead ?? ''}`.matchAll(
            /\]\((\/[^)\s]*)\)/g,
          ),
        ]
          .map((match) => match[1].replace(/(.)\/$/, '$1'))
          .filter((href) => !paths[locale].has(href))
          .map((href) => `${page.key}.${locale} → ${href}`),
      ),
    )
    expect(broken).toEqual([])
  })

  it('has volunteer stories in both languages, each marked as a made-up example', () => {
    expect(content.stories.length).toBeGreaterThan(0)
    const problems = content.stories.flatMap((story) => [
      ...(story.isExample ? [] : [`${story.key}: not marked as an example`]),
      ...SEED_LOCALES.filter((locale) => !story.title[locale] || !story.text[locale]).map(
        (locale) => `${story.key}.${locale}: no title or text`,
      ),
    ])
    expect(problems).toEqual([])
  })
})
