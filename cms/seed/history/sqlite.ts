import { randomUUID } from 'node:crypto'

import type { Client, InStatement } from '@libsql/client'
import type { Payload } from 'payload'

import type { ApplicationFacts } from '../../../core/statistics/applicationFacts'
import type { RegistrationFacts } from '../../../core/statistics/registrationFacts'
import type { EveningPlan } from './evenings'
import type { GeneratedApplication, GeneratedHistory, GeneratedRegistration, HistoryWorld } from './model'

type Row = Record<string, unknown>
type Column = { name: string; columnType: string }

/** SQLite takes at most 32,766 bound values per statement. */
const MAX_VALUES = 32_000

const sqlValue = (value: unknown) =>
  typeof value === 'boolean' ? Number(value) : ((value as string | number | null | undefined) ?? null)

/**
 * Multi-row INSERTs for rows keyed as Payload's Drizzle schema keys them (`_parentID`, `teamsID`),
 * with the column names taken from that schema rather than written out again here.
 */
function insertStatements(table: string, schema: Record<string, unknown>, rows: Row[]): InStatement[] {
  const columns = Object.keys(rows[0]).map((key) => {
    const column = schema[key] as Column | undefined
    if (!column?.columnType) throw new Error(`${table} has no column for ${key}`)
    return { key, name: column.name }
  })
  const perStatement = Math.max(1, Math.floor(MAX_VALUES / columns.length))
  const placeholders = `(${columns.map(() => '?').join(', ')})`
  const statements: InStatement[] = []
  for (let start = 0; start < rows.length; start += perStatement) {
    const chunk = rows.slice(start, start + perStatement)
    statements.push({
      sql: `INSERT INTO "${table}" (${columns.map((c) => `"${c.name}"`).join(', ')}) VALUES ${chunk.map(() => placeholders).join(', ')}`,
      args: chunk.flatMap((row) => columns.map((column) => sqlValue(row[column.key]))),
    })
  }
  return statements
}

/** The array rows, select values and relationships of one submission, keyed as Payload's tables are. */
function submissionRows(doc: GeneratedRegistration | GeneratedApplication) {
  return {
    history: doc.history.map(({ fromTeam, toTeam, reason, ...entry }, index) => ({
      ...entry,
      _order: index + 1,
      _parentID: doc.id,
      fromTeam: fromTeam ?? null,
      toTeam: toTeam ?? null,
      reason: reason ?? null,
    })),
    contactLog: doc.contactLog.map((entry, index) => ({ ...entry, _order: index + 1, _parentID: doc.id })),
    rels: doc.routedTeams.map((team, index) => ({
      order: index + 1,
      parent: doc.id,
      path: 'routedTeams',
      teamsID: team,
    })),
  }
}

/** A submission's stored statistics facts as the group's columns (fields/registrationFacts, fields/applicationFacts). */
const factColumns = (facts: RegistrationFacts | ApplicationFacts) =>
  Object.fromEntries(
    Object.entries(facts)
      .filter(([name]) => name !== 'atRiskMoments')
      .map(([name, value]) => [`facts_${name}`, value]),
  )

/**
 * Writes a generated history in one transaction (a libSQL batch), straight into Payload's own
 * tables as its Drizzle schema names them: no hooks run, so no e-mail or job is queued for records that are only history.
 * The seat ledgers of the booked evenings are set to the bookings' counts.
 */
export async function writeHistory(payload: Payload, history: GeneratedHistory): Promise<void> {
  const db = payload.db as unknown as { client: Client; tables: Record<string, Record<string, unknown>> }
  const rows: Record<string, Row[]> = {}
  const add = (table: string, more: Row[]) => (rows[table] ??= []).push(...more)
  for (const [table, docs] of [
    ['interest_registrations', history.registrations],
    ['applications', history.applications],
  ] as const) {
    for (const doc of docs) {
      const { history: _h, contactLog: _c, routedTeams: _r, ...fields } = doc
      const { services, facts, ...main } = fields as typeof fields & Partial<GeneratedRegistration>
      add(table, [
        {
          ...main,
          ...factColumns(facts),
          nextActionRemindedFor: null,
          anonymisedAt: main.anonymisedAt ?? null,
        },
      ])
      if ('atRiskMoments' in facts)
        add(
          `${table}_facts_at_risk_moments`,
          facts.atRiskMoments.map((moment, index) => ({
            ...moment,
            _order: index + 1,
            _parentID: doc.id,
            id: randomUUID(),
          })),
        )
      const related = submissionRows(doc)
      add(`${table}_history`, related.history)
      add(`${table}_contact_log`, related.contactLog)
      add(`${table}_rels`, related.rels)
      if (Array.isArray(services))
        add(
          `${table}_services`,
          services.map((value, index) => ({ order: index + 1, parent: doc.id, value, id: randomUUID() })),
        )
    }
  }
  for (const { services, ...booking } of history.bookings) {
    add('bookings', [
      {
        ...booking,
        needs: null,
        staffNotes: null,
        idempotencyKey: null,
        anonymisedAt: booking.anonymisedAt ?? null,
      },
    ])
    add(
      'bookings_services',
      services.map((value, index) => ({ order: index + 1, parent: booking.id, value, id: randomUUID() })),
    )
  }
  const statements = Object.entries(rows).flatMap(([table, list]) =>
    list.length ? insertStatements(table, db.tables[table], list) : [],
  )
  for (const [evening, ledger] of history.ledgers)
    statements.push({
      sql: 'UPDATE seat_ledgers SET seats_confirmed = ?, waitlist_count = ?, sequence = ? WHERE evening_key = ?',
      args: [ledger.seatsConfirmed, ledger.waitlistCount, ledger.sequence, evening],
    })
  await db.client.batch(statements, 'write')
}

/** Past evenings in bulk, published, in Swedish, without versions or seat ledgers: the benchmark's. */
export async function writeEvenings(
  payload: Payload,
  plans: EveningPlan[],
): Promise<HistoryWorld['evenings']> {
  const db = payload.db as unknown as { client: Client; tables: Record<string, Record<string, unknown>> }
  const evenings = plans.map((plan) => ({ ...plan, id: randomUUID() }))
  const at = new Date().toISOString()
  const main = evenings.map((evening) => ({
    id: evening.id,
    slug: evening.key,
    municipality: evening.municipality,
    organizingTeam: evening.team,
    startsAt: evening.startsAt,
    durationMinutes: 90,
    online: evening.online,
    language: 'sv',
    capacity: evening.capacity,
    bookingsCloseHoursBefore: 2,
    status: 'open',
    _status: 'published',
    createdAt: at,
    updatedAt: at,
  }))
  const locales = evenings.map((evening) => ({
    topic: 'Informationskväll',
    _locale: 'sv',
    _parentID: evening.id,
  }))
  await db.client.batch(
    [
      ...insertStatements('info_evenings', db.tables.info_evenings, main),
      ...insertStatements('info_evenings_locales', db.tables.info_evenings_locales, locales),
    ],
    'write',
  )
  return evenings.map(({ id, team, startsAt, capacity }) => ({ id, team, startsAt, capacity }))
}
