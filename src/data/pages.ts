import type { SerializedEditorState } from '@payloadcms/richtext-lexical/lexical'

import { AUDIENCE_KEYS, type Audience } from '../../core/domain/audience'
import { LOCALES, type Locale, pathFor } from '../../core/i18n/locales'
import { richTextToHtml } from './richText'

/** A page as the CMS REST API returns it for one locale (fallback off, so missing means untranslated). */
export type CmsPage = {
  id: string
  title?: string | null
  slug?: string | null
  summary?: string | null
  metaDescription?: string | null
  content?: SerializedEditorState | null
  easyRead?: SerializedEditorState | null
  audience?: string | null
  /** The id of its image in Media. */
  image?: string | null
  updatedAt: string
}

/** An image in Media as the REST API returns it for one locale (its alt text is localized). */
export type CmsMedia = {
  id: string
  url?: string | null
  alt?: string | null
  width?: number | null
  height?: number | null
}

/** A page's image: where the CMS serves it, its alt text in the page's language and its size. */
export type SiteImage = { url: string; alt: string; width: number; height: number }

/** One built page: a CMS page in one language, with the paths of its other-language versions. */
export type SitePage = {
  id: string
  docId: string
  locale: Locale
  path: string
  isHome: boolean
  title: string
  summary: string
  description: string
  html: string
  /** The easy-read version as HTML, or '' when the page has none in this language. */
  easyReadHtml: string
  /** Who the page speaks to: decides the call to action it ends with. */
  audience: Audience | null
  /** Shown through Astro's image pipeline; none when the page has no image or it lacks alt text or a size. */
  image: SiteImage | null
  updatedAt: string
  alternates: Partial<Record<Locale, string>>
}

/** An image is shown only with alt text in the language and a known size (no layout shift). */
export function imageOf(media: CmsMedia | undefined): SiteImage | null {
  if (!media?.url || !media.alt || !media.width || !media.height) return null
  return { url: media.url, alt: media.alt, width: media.width, height: media.height }
}

/**
 * Turns the published pages of every locale into site pages. A page exists in a language when it has
 * a title and a slug there; the home page is served at the language's root instead of its slug.
 */
export function toSitePages(
  docsByLocale: Record<Locale, CmsPage[]>,
  homeId: string | null,
  mediaByLocale: Record<Locale, CmsMedia[]> = { sv: [], en: [] },
): SitePage[] {
  const paths = new Map<string, Partial<Record<Locale, string>>>()
  for (const locale of LOCALES) {
    for (const doc of docsByLocale[locale]) {
      if (!doc.title || !doc.slug) continue
      const entry = paths.get(doc.id) ?? {}
      entry[locale] = pathFor(locale, doc.id === homeId ? null : doc.slug)
      paths.set(doc.id, entry)
    }
  }
  return LOCALES.flatMap((locale) =>
    docsByLocale[locale]
      .filter((doc) => doc.title && doc.slug)
      .map((doc): SitePage => {
        const alternates = paths.get(doc.id) ?? {}
        return {
          id: `${locale}/${doc.id}`,
          docId: doc.id,
          locale,
          path: alternates[locale] as string,
          isHome: doc.id === homeId,
          title: doc.title as string,
          summary: doc.summary ?? '',
          description: doc.metaDescription || doc.summary || '',
          html: richTextToHtml(doc.content),
          easyReadHtml: richTextToHtml(doc.easyRead),
          audience: AUDIENCE_KEYS.find((key) => key === doc.audience) ?? null,
          image: imageOf(mediaByLocale[locale].find((media) => media.id === doc.image)),
          updatedAt: doc.updatedAt,
          alternates,
        }
      }),
  )
}
