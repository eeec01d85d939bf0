import type { UIFieldServerProps } from 'payload'

import { staffDateTime } from '../../core/i18n/format'
import { translator } from '../../core/i18n/text'
import { linkedRecordsOf } from '../useCases/linkedRecords'

const COLUMNS = [
  'cms.linkedRecords.kind',
  'cms.linkedRecords.teams',
  'cms.linkedRecords.services',
  'cms.linkedRecords.status',
  'cms.linkedRecords.date',
] as const
const cell = { textAlign: 'left', padding: '6px 12px 6px 0', verticalAlign: 'top' } as const

/**
 * "One person, one picture": the same person's other registrations and bookings in the
 * municipality, read-only, with only team, services, status and date, so teams can coordinate.
 */
export async function LinkedRecords({ req, id, i18n }: UIFieldServerProps) {
  if (!id) return null
  const locale = i18n.language === 'en' ? 'en' : 'sv'
  const records = await linkedRecordsOf(req, String(id), locale)
  if (!records) return null
  const t = translator(locale)
  return (
    <section aria-labelledby="linked-records-heading" style={{ marginBottom: 'calc(var(--base) * 2)' }}>
      <h3 id="linked-records-heading">{t('cms.linkedRecords.heading')}</h3>
      <p style={{ color: 'var(--theme-elevation-650)' }}>{t('cms.linkedRecords.intro')}</p>
      {records === 'not-reached' ? (
        <p>{t('cms.linkedRecords.notReached')}</p>
      ) : records.length === 0 ? (
        <p>{t('cms.linkedRecords.none')}</p>
      ) : (
        <table style={{ borderCollapse: 'collapse', width: '100%' }}>
          <thead>
            <tr>
              {COLUMNS.map((column) => (
                <th key={column} scope="col" style={cell}>
                  {t(column)}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {records.map((record, index) => (
              <tr key={index} style={{ borderTop: '1px solid var(--theme-elevation-150)' }}>
                <td style={cell}>{t(`cms.linkedRecords.kinds.${record.kind}`)}</td>
                <td style={cell}>{record.teams.join(', ')}</td>
                <td style={cell}>{record.services.join(', ')}</td>
                <td style={cell}>{record.status}</td>
                <td style={cell}>{staffDateTime(locale, record.receivedAt)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  )
}
