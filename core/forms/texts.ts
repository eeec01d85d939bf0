import type { Dictionary } from '../i18n/dictionaries/schema'
import { type Locale, dictionaryOf } from '../i18n/locales'
import { type Texts, fill, lookupIn } from '../i18n/lookup'
import type { TextKey, Values } from '../i18n/text'

type Form = 'interest' | 'application' | 'booking'

/** What a form island shows, in one language: its form's texts, the field errors and the service names. */
export type FormTexts = Texts & {
  forms: Pick<Dictionary['forms'], 'shared'> & Partial<Dictionary['forms']>
  errors: Dictionary['errors']
  domain: Pick<Dictionary['domain'], 'services'>
  site: Pick<Dictionary['site'], 'seatsLeft' | 'full'>
}

/** The texts a page hands its form island (built into the page, so the island ships no dictionary). */
export function formTexts(locale: Locale, form: Form): FormTexts {
  const { forms, errors, domain, site } = dictionaryOf(locale)
  return {
    forms: { shared: forms.shared, [form]: forms[form] },
    errors,
    domain: { services: domain.services },
    site: { seatsLeft: site.seatsLeft, full: site.full },
  }
}

export type Translate = (key: TextKey, values?: Values) => string

/**
 * `t` over the texts a form component was given: the CMS gives the whole dictionary, a page its
 * island only its form's texts in its language, so no dictionary is shipped to the browser.
 */
export const formTranslator =
  (texts: FormTexts): Translate =>
  (key, values) =>
    fill(lookupIn(texts, key) ?? '', values)
