import type { Service } from '../../core/domain/organisation'
import type { Locale } from '../../core/i18n/locales'
import type { CmsMunicipality } from './events'

export type CmsStory = {
  id: string
  title?: string | null
  text?: string | null
  service: Service
  municipality?: string | { id: string } | null
  isExample?: boolean | null
  image?: { url?: string | null; alt?: string | null; width?: number | null; height?: number | null } | null
}

const idOf = (value: CmsStory['municipality']) => (typeof value === 'object' ? value?.id : value)

/**
 * The published stories in one language. Stories are localized without fallback: one not yet
 * written in a language is left out there rather than shown in the other language.
 */
export function toStories(locale: Locale, stories: CmsStory[], municipalities: CmsMunicipality[]) {
  return stories
    .filter((story) => story.title && story.text)
    .map((story) => {
      const image = story.image?.url && story.image.alt ? story.image : null
      return {
        id: `${locale}/${story.id}`,
        locale,
        title: story.title as string,
        text: story.text as string,
        service: story.service,
        municipality: municipalities.find((m) => m.id === idOf(story.municipality))?.name ?? null,
        isExample: Boolean(story.isExample),
        image: image
          ? {
              url: image.url as string,
              alt: image.alt as string,
              width: image.width ?? 0,
              height: image.height ?? 0,
            }
          : null,
      }
    })
}

export type SiteStory = ReturnType<typeof toStories>[number]
