/** URL slugs: lower-case ASCII words joined by hyphens, Swedish letters folded (å, ä → a; ö → o). */
export const SLUG_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/

/**
 * Paths the site itself owns. A page with one of these slugs would shadow a route
 * (`en` is the English prefix; the others are form, listing and statistics routes).
 */
export const RESERVED_SLUGS = [
  'en',
  'api',
  'admin',
  'sok',
  'search',
  'kampanj',
  'campaign',
  'intresseanmalan',
  'register-interest',
  'ansok',
  'apply',
  'informationskvallar',
  'information-evenings',
  'kommun',
  'municipality',
  'lattlast',
  'easy-read',
  'statistik',
  'statistics',
  '404',
] as const

export function slugify(text: string): string {
  return text
    .toLowerCase()
    .replace(/[åä]/g, 'a')
    .replace(/ö/g, 'o')
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
}

/** Why a slug cannot be used, as an error key, or null when it can. */
export function slugProblem(slug: string): 'slug.format' | 'slug.reserved' | null {
  if (!SLUG_PATTERN.test(slug)) return 'slug.format'
  if ((RESERVED_SLUGS as readonly string[]).includes(slug)) return 'slug.reserved'
  return null
}
