import { asLocale } from '../i18n/locales'
import { type TextKey, text } from '../i18n/text'

/** Error keys the CMS shows editors, and their texts in the dictionaries. */
const CMS_ERRORS = {
  'slug.format': 'cms.slug.format',
  'slug.reserved': 'cms.slug.reserved',
  'slug.taken': 'cms.slug.taken',
} as const satisfies Record<string, TextKey>

export type CmsErrorKey = keyof typeof CMS_ERRORS

/** The message for the admin's current language; the default language when it is unknown. */
export function cmsError(key: CmsErrorKey, language: string | undefined): string {
  return text(asLocale(language), CMS_ERRORS[key])
}
