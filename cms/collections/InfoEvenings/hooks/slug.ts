import type { FieldHook } from 'payload'

import { slugify } from '../../../../core/domain/slug'

/** `<title>-<yyyy-mm-dd>`: readable, and two evenings on the same theme never collide by date. */
export const eveningSlug: FieldHook = ({ value, data, req }) => {
  if (typeof value === 'string' && value.trim()) return slugify(value)
  const topic = data?.topic
  const title = typeof topic === 'string' ? topic : topic?.[req.locale ?? 'sv']
  const date = typeof data?.startsAt === 'string' ? data.startsAt.slice(0, 10) : ''
  return title ? slugify(`${title} ${date}`) : value
}
