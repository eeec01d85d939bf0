import type { ServerProps } from 'payload'

import type { Media } from '../payload-types'

/** The portal's name and logo as the site settings hold them; the name alone when there is no logo. */
async function brand({ payload, locale }: ServerProps) {
  const settings = await payload.findGlobal({
    slug: 'site-settings',
    depth: 1,
    locale: locale?.code === 'en' ? 'en' : 'sv',
    overrideAccess: false,
  })
  const logo = typeof settings.logo === 'object' ? (settings.logo as Media | null) : null
  return { name: settings.siteName || 'Kontaktportalen', src: logo?.url ?? null }
}

/** On the sign-in page, instead of Payload's logo. */
export async function BrandLogo(props: ServerProps) {
  const { name, src } = await brand(props)
  return src ? (
    <img src={src} alt={name} style={{ maxHeight: 80, maxWidth: '100%' }} />
  ) : (
    <span style={{ fontSize: 32, fontWeight: 700 }}>{name}</span>
  )
}

/** At the top of the navigation, instead of Payload's mark. */
export async function BrandIcon(props: ServerProps) {
  const { name, src } = await brand(props)
  return src ? (
    <img src={src} alt={name} style={{ maxHeight: 28, maxWidth: 160 }} />
  ) : (
    <span style={{ fontWeight: 700, whiteSpace: 'nowrap' }}>{name}</span>
  )
}
