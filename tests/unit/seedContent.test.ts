import path from 'node:path'
import { describe, expect, it } from 'vitest'

import { slugProblem } from '../../cms/domain/slug'
import { SEED_LOCALES, loadSeedContent } from '../../cms/seed/content'

const content = loadSeedContent(path.resolve(import.meta.dirname, '../../content'))

describe('the seed content in content/', () => {
  it('has the core information pages in both languages', () => {
    const keys = content.pages.map((page) => page.key)
    for (const key of ['start', 'kontaktfamilj', 'kontaktperson', 'sarskilt-kvalificerad-kontaktperson', 'korttidsfamilj', 'kontaktperson-lss', 'vem-kan-bli', 'vad-du-far', 'sa-gar-det-till', 'for-familjer']) {
      expect(keys).toContain(key)
    }
  })

  it.each(SEED_LOCALES)('uses valid slugs, unique within %s', (locale) => {
    const slugs = content.pages.map((page) => page.locales[locale].slug)
    expect(slugs.filter((slug) => slugProblem(slug) !== null)).toEqual([])
    expect(new Set(slugs).size).toBe(slugs.length)
  })

  it('keeps meta descriptions within what search engines show (160 characters)', () => {
    const tooLong = content.pages.flatMap((page) =>
      SEED_LOCALES.filter((locale) => page.locales[locale].metaDescription.length > 160).map((locale) => `${page.key}.${locale}`),
    )
    expect(tooLong).toEqual([])
  })

  it('links only to pages that exist, in the same language', () => {
    const paths = {
      sv: new Set(['/', ...content.pages.map((page) => `/${page.locales.sv.slug}`)]),
      en: new Set(['/en', ...content.pages.map((page) => `/en/${page.locales.en.slug}`)]),
    }
    const broken = content.pages.flatMap((page) =>
      SEED_LOCALES.flatMap((locale) =>
        [...page.locales[locale].markdown.matchAll(/\]\((\/[^)\s]*)\)/g)]
          .map((match) => match[1].replace(/(.)\/$/, '$1'))
          .filter((href) => !paths[locale].has(href))
          .map((href) => `${page.key}.${locale} → ${href}`),
      ),
    )
    expect(broken).toEqual([])
  })
})
