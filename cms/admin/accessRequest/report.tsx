import type { Field, Payload } from 'payload'

import { staffDateTime } from '../../../core/i18n/format'
import { DEFAULT_LOCALE } from '../../../core/i18n/locales'
import { text } from '../../../core/i18n/text'
import { htmlPage } from '../../endpoints/page'
import { type Named, cellOf, labelOf, namesOf } from '../../endpoints/submissionExport'
import { type AccessReport, HELD_IN, type Held, type HeldIn } from '../../useCases/accessRequest'

const locale = DEFAULT_LOCALE
type Row = Record<string, unknown>

/** What a reader of the report is shown of a collection: named fields, not layout or raw files. */
const shown = (fields: Field[]): Field[] =>
  fields.filter(
    (field) =>
      'name' in field &&
      field.type !== 'ui' &&
      field.type !== 'json' &&
      (field.type === 'array' || !field.admin?.hidden),
  )

/** One value as staff read it; the rows of a list (history, contact log) one line each. */
function Value({ field, row, names }: { field: Field; row: Row; names: Map<string, Named> }) {
  if (field.type !== 'array') return <>{cellOf(field, row, names)}</>
  const rows = (row[field.name] ?? []) as Row[]
  return (
    <ul>
      {rows.map((item, i) => (
        <li key={i}>
          {shown(field.fields)
            .map((sub) => cellOf(sub, item, names))
            .filter(Boolean)
            .join(' · ')}
        </li>
      ))}
    </ul>
  )
}

function RecordFields({
  fields,
  record,
  names,
}: {
  fields: Field[]
  record: Held
  names: Map<string, Named>
}) {
  return (
    <dl>
      {fields.map((field) =>
        'name' in field && record[field.name] != null && record[field.name] !== '' ? (
          <div key={field.name}>
            <dt>{labelOf('label' in field ? field.label : field.name) || field.name}</dt>
            <dd>
              <Value field={field} row={record} names={names} />
            </dd>
          </div>
        ) : null,
      )}
    </dl>
  )
}

/** The access request as a readable page in Swedish: one section per kind of record, each record's fields by label. */
export async function reportHtml(payload: Payload, report: AccessReport): Promise<string> {
  const sections = await Promise.all(
    (Object.keys(HELD_IN) as HeldIn[]).map(async (collection) => {
      const config = payload.collections[collection].config
      const fields = shown(config.fields)
      const records = report.records[collection]
      return {
        collection,
        title: labelOf(config.labels.plural),
        fields,
        records,
        names: await namesOf(payload, records, fields),
      }
    }),
  )
  const title = text(locale, 'cms.accessRequest.reportTitle')
  return htmlPage(
    locale,
    title,
    <>
      <h1>{title}</h1>
      <p>{text(locale, 'cms.accessRequest.reportMade', { time: staffDateTime(locale, report.createdAt) })}</p>
      {sections.map((section) => (
        <section key={section.collection}>
          <h2>
            {section.title} ({section.records.length})
          </h2>
          {section.records.length ? (
            section.records.map((record) => (
              <RecordFields key={record.id} fields={section.fields} record={record} names={section.names} />
            ))
          ) : (
            <p>{text(locale, 'cms.accessRequest.none')}</p>
          )}
        </section>
      ))}
    </>,
  )
}
