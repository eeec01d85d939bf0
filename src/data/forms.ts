import { cmsPublicUrl } from './client'
import { entriesIn } from './routes'
import { type Locale, pathFor } from '../../core/i18n/locales'

/** The privacy notice's seeded address; every form's consent box links to it. */
export const privacyPath = (locale: Locale) =>
  pathFor(locale, locale === 'sv' ? 'personuppgifter' : 'privacy')

/** What the interest and application pages hand their form: where it posts, the municipalities to pick. */
export async function routedForm(locale: Locale, form: 'interest' | 'application') {
  const municipalities = (await entriesIn('municipalities', locale)).map(({ data }) => ({
    id: data.docId,
    name: data.name,
    districts: data.districts,
  }))
  // The browser posts to the CMS's public address; the build may reach the CMS on another one.
  return { action: `${cmsPublicUrl()}/api/forms/${form}`, municipalities, privacyHref: privacyPath(locale) }
}
