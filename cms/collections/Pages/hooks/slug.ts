import type { FieldHook, TextFieldSingleValidation } from 'payload'

import { cmsError } from '../../../../core/domain/errors'
import { slugProblem, slugify } from '../../../../core/domain/slug'

/** Fills an empty slug from the title in the same locale, so editors rarely type one. */
export const slugFromTitle: FieldHook = ({ value, siblingData }) => {
  if (typeof value === 'string' && value.trim()) return slugify(value)
  const title = siblingData?.title
  return typeof title === 'string' ? slugify(title) : value
}

/** A slug must be well-formed, not a reserved route, and unique among pages of its locale. */
export const validateSlug: TextFieldSingleValidation = async (value, { req, id }) => {
  const language = req.i18n?.language
  if (!value) return true
  const problem = slugProblem(value)
  if (problem) return cmsError(problem, language)
  const clash = await req.payload.find({
    collection: 'pages',
    where: { and: [{ slug: { equals: value } }, ...(id ? [{ id: { not_equals: id } }] : [])] },
    locale: req.locale ?? undefined,
    depth: 0,
    limit: 1,
    pagination: false,
    req,
  })
  return clash.docs.length ? cmsError('slug.taken', language) : true
}
