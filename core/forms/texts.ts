import type { Dictionary } from '../i18n/dictionaries/schema'
import { type Locale, dictionaryOf } from '../i18n/locales'
import type { Texts } from '../i18n/lookup'

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
