import type { CollectionSlug } from 'payload'

import { linkToken } from '../core/domain/signedLink'
import { type Locale, pathFor } from '../core/i18n/locales'

// Every address the CMS hands out, to the public site or to itself, is built here.

const withoutSlash = (url: string) => url.replace(/\/$/, '')

/** The public site's address (`SITE_URL`): links back from CMS pages and e-mails, and the one CORS origin. */
export const siteUrl = () => withoutSlash(process.env.SITE_URL || 'http://localhost:4321')

/** The CMS's own public address (`CMS_PUBLIC_URL`), for links in e-mails: the admin, a cancel or withdrawal link. */
export const cmsPublicUrl = () => withoutSlash(process.env.CMS_PUBLIC_URL || 'http://localhost:3000')

/** A page of the site, by the site's own path rules. */
export const sitePageUrl = (...args: Parameters<typeof pathFor>) => `${siteUrl()}${pathFor(...args)}`

/** The site's home page in the person's language. */
export const siteHomeUrl = (locale: Locale) => sitePageUrl(locale, null)

/** The privacy notice on the site, linked from every form's consent box. */
export const privacyHref = (locale: Locale) =>
  `${siteUrl()}${locale === 'sv' ? '/personuppgifter/' : '/en/privacy/'}`

/** A list (or one document) in the admin, for staff e-mails. */
export const adminUrl = (collection: CollectionSlug, id?: string) =>
  `${cmsPublicUrl()}/admin/collections/${collection}${id ? `/${id}` : ''}`

/** The booker's personal cancel link, signed so that nobody can guess another's. */
export const cancelUrl = (secret: string, bookingId: string) =>
  `${cmsPublicUrl()}/api/bookings/cancel?token=${linkToken(secret, 'cancel-booking', bookingId)}`

/** The volunteer's personal link to withdraw their interest registration, signed the same way. */
export const withdrawUrl = (secret: string, registrationId: string) =>
  `${cmsPublicUrl()}/api/interest-registrations/withdraw?token=${linkToken(secret, 'withdraw-interest', registrationId)}`

/** A public form's endpoint below `/api`, the address the site's form posts to. */
export const formPath = (form: string) => `/forms/${form}`

/** Where a plain form post is sent once stored: the form, the reference and the language, nothing else. */
export const receiptPath = (form: string, reference: string, locale: Locale) =>
  `/api/forms/receipt?form=${form}&ref=${encodeURIComponent(reference)}&locale=${locale}`

/**
 * The live-preview address of a draft: same origin as the admin, so the preview route reads the
 * draft with the editor's own session.
 */
export const previewUrl =
  (collection: 'pages' | 'campaigns' | 'info-evenings') =>
  ({ data, locale }: { data: Record<string, unknown>; locale: { code: string } }) =>
    `/preview/${collection}/${String(data.id)}?locale=${locale.code}`
