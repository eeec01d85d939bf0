import { describe, expect, it } from 'vitest'

import { type CmsPage, toSitePages } from '../../../../src/data/pages'

const paragraph = (text: string) => ({
  root: {
    type: 'root',
    version: 1,
    direction: null,
    format: '',
    indent: 0,
    children: [
      {
        type: 'paragraph',
        version: 1,
        direction: null,
        format: '',
        indent: 0,
        textFormat: 0,
        children: [{ type: 'text', version: 1, text, format: 0, detail: 0, mode: 'normal', style: '' }],
      },
    ],
  },
})

const doc = (
  id: string,
  title: string | null,
  slug: string | null,
  extra: Partial<CmsPage> = {},
): CmsPage => ({
  id,
  title,
  slug,
  summary: 'Sammanfattning',
  metaDescription: null,
  updatedAt: '2026-11-24T10:00:00.000Z',
  ...extra,
})

describe('toSitePages', () => {
  const pages = toSitePages(
    {
      sv: [
        doc('home', 'Start', 'start'),
        doc('kf', 'Kontaktfamilj', 'kontaktfamilj', { content: paragraph('Hej') as CmsPage['content'] }),
        doc('sv-only', 'Bara svenska', 'bara-svenska'),
      ],
      en: [
        doc('home', 'Home', 'home'),
        doc('kf', 'Contact family', 'contact-family'),
        doc('sv-only', null, null),
      ],
    },
    'home',
  )
  const find = (locale: string, docId: string) =>
    pages.find((page) => page.locale === locale && page.docId === docId)

  it('serves the home page at each language root', () => {
    expect(find('sv', 'home')?.path).toBe('/')
    expect(find('en', 'home')?.path).toBe('/en/')
    expect(find('sv', 'home')?.isHome).toBe(true)
  })

  it('serves Swedish pages at the root and English ones under /en/', () => {
    expect(find('sv', 'kf')?.path).toBe('/kontaktfamilj/')
    expect(find('en', 'kf')?.path).toBe('/en/contact-family/')
    expect(find('en', 'kf')?.alternates).toEqual({ sv: '/kontaktfamilj/', en: '/en/contact-family/' })
  })

  it('leaves out a language the page is not translated into', () => {
    expect(find('en', 'sv-only')).toBeUndefined()
    expect(find('sv', 'sv-only')?.alternates).toEqual({ sv: '/bara-svenska/' })
  })

  it('renders rich text to HTML and falls back to the summary for the description', () => {
    expect(find('sv', 'kf')?.html).toContain('<p>Hej</p>')
    expect(find('sv', 'kf')?.description).toBe('Sammanfattning')
  })
})

describe("a page's image", () => {
  const media = (id: string, alt: string | null, size: number | null = 640) => ({
    id,
    url: `/api/media/file/${id}.png`,
    alt,
    width: size,
    height: size && size / 2,
  })
  const pages = toSitePages(
    {
      sv: [doc('a', 'A', 'a', { image: 'm1' }), doc('b', 'B', 'b', { image: 'm2' }), doc('c', 'C', 'c')],
      en: [doc('a', 'A', 'a', { image: 'm1' }), doc('b', 'B', 'b', { image: 'm2' })],
    },
    null,
    { sv: [media('m1', 'Ett hus'), media('m2', 'Två personer', null)], en: [media('m1', null)] },
  )
  const imageOf = (locale: string, docId: string) =>
    pages.find((page) => page.locale === locale && page.docId === docId)?.image

  it('carries its alt text in the language and its size', () => {
    expect(imageOf('sv', 'a')).toEqual({
      url: '/api/media/file/m1.png',
      alt: 'Ett hus',
      width: 640,
      height: 320,
    })
    expect(imageOf('sv', 'c')).toBeNull()
  })

  it('is left out where it has no alt text in the language or no known size', () => {
    expect(imageOf('en', 'a')).toBeNull()
    expect(imageOf('sv', 'b')).toBeNull()
  })
})
