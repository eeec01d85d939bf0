import type { CollectionConfig, Field } from 'payload'

/** How staff read a time: Swedish order on the 24-hour clock (16 dec. 2026, 18:00). */
export const STAFF_DATE_TIME = 'd MMM yyyy, HH:mm'
const STAFF_DATE = 'd MMM yyyy'

/** A date field shown in the staff format; a field that names its own format keeps it. */
function inStaffFormat(field: Field): Field {
  if (field.type === 'date') {
    const own = field.admin?.date
    const staff =
      own?.pickerAppearance === 'dayAndTime'
        ? ({ displayFormat: STAFF_DATE_TIME, timeFormat: 'HH:mm' } as const)
        : ({ displayFormat: STAFF_DATE } as const)
    return { ...field, admin: { ...field.admin, date: { ...staff, ...own } } }
  }
  if ('fields' in field && field.fields) return { ...field, fields: field.fields.map(inStaffFormat) } as Field
  if (field.type === 'tabs')
    return { ...field, tabs: field.tabs.map((tab) => ({ ...tab, fields: tab.fields.map(inStaffFormat) })) }
  return field
}

/**
 * A collection as staff see it. Payload's date pickers show "dec. 6, 2026 1:46 em" by default
 * (12-hour, month first): every date field, nested ones included, gets the staff format instead.
 * The API tab is hidden: it shows a document as raw JSON, ids and codes included.
 */
export const forStaff = (collection: CollectionConfig): CollectionConfig => ({
  ...collection,
  admin: { ...collection.admin, hideAPIURL: true },
  fields: collection.fields.map(inStaffFormat),
})
