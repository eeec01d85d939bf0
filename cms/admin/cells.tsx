import type { DefaultServerCellComponentProps, Payload } from 'payload'
import { cache } from 'react'

import { asLocale } from '../../core/i18n/locales'
import { text } from '../../core/i18n/text'
import { idOf } from '../collections/relations'

// List cells that show staff words where Payload's defaults show stored values: "sant", a
// district's key, a user's id.

/** A checkbox as Ja / Nej (Yes / No), not Payload's lowercase "sant" / "falskt". */
export function YesNoCell({ cellData, i18n }: DefaultServerCellComponentProps) {
  const locale = asLocale(i18n.language)
  return <span>{text(locale, cellData ? 'cms.yesNo.yes' : 'cms.yesNo.no')}</span>
}

/** Several texts (an access-log entry's references) as words, not Payload's JSON array. */
export function ListCell({ cellData }: DefaultServerCellComponentProps) {
  return <span>{Array.isArray(cellData) ? cellData.join(', ') : ''}</span>
}

/** One render's lookups are shared between its rows (React's per-request cache). */
const districtsOf = cache(async (payload: Payload, municipality: string) => {
  const found = await payload.findByID({
    collection: 'municipalities',
    id: municipality,
    depth: 0,
    select: { districts: true },
    disableErrors: true,
  })
  return found?.districts ?? []
})

/** A district by its name, from the submission's municipality (municipalities are public). */
export async function DistrictCell({ cellData, payload, rowData }: DefaultServerCellComponentProps) {
  if (!cellData || !rowData?.municipality) return <span>–</span>
  const districts = await districtsOf(payload, idOf(rowData.municipality))
  return <span>{districts.find((district) => district.key === cellData)?.name ?? '–'}</span>
}

const personOf = cache(async (payload: Payload, id: string) =>
  payload.findByID({
    collection: 'users',
    id,
    depth: 0,
    select: { name: true, email: true },
    disableErrors: true,
  }),
)

/**
 * A staff member by name (e-mail when unnamed). Cells get no request user, and staff may not list
 * other accounts; the name of whoever holds a record is part of the record the reader already sees.
 */
export async function PersonCell({ cellData, payload }: DefaultServerCellComponentProps) {
  if (!cellData) return <span>–</span>
  const person = await personOf(payload, idOf(cellData))
  return <span>{person?.name || person?.email || '–'}</span>
}
