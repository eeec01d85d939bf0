import { compactDateTime, staffDateTime } from '../i18n/format'
import type { Locale } from '../i18n/locales'
import { lookup, text } from '../i18n/text'
import type { ContactEntry } from './caseWork'
import type { FormKind } from './organisation'
import { SERVICES } from './organisation'
import { APPLICATION_STATUSES, INTEREST_STATUSES } from './pipeline'
import { type Match, readExplanation } from './routing'
import { stockholmDatePlus } from './stockholmTime'

/**
 * How a case card says things: names for ids, labels for codes, Stockholm time (the staff formats of
 * core/i18n/format). Pure, so the admin's components only look the names up and every wording is table-tested.
 */
export type Names = { users: Record<string, string>; teams: Record<string, string> }

const STATUSES: Record<FormKind, Record<string, Record<Locale, string>>> = {
  interest: INTEREST_STATUSES,
  application: APPLICATION_STATUSES,
}

/** A status's label; an unknown code is shown as it is rather than hidden. */
export const statusLabel = (locale: Locale, kind: FormKind, status: string) =>
  STATUSES[kind][status]?.[locale] ?? status

/** "i dag", "1 dag sedan", "3 dagar sedan": calendar days in Stockholm since it arrived. */
export function ageText(locale: Locale, createdAt: string, now: Date): string {
  const days = Math.round(
    (Date.parse(stockholmDatePlus(now, 0)) - Date.parse(stockholmDatePlus(new Date(createdAt), 0))) /
      86_400_000,
  )
  if (days <= 0) return text(locale, 'cms.caseCard.ageToday')
  return days === 1 ? text(locale, 'cms.caseCard.ageOne') : text(locale, 'cms.caseCard.ageMany', { n: days })
}

const userName = (locale: Locale, names: Names, id: string | null | undefined) =>
  id ? (names.users[id] ?? text(locale, 'cms.caseCard.otherStaff')) : text(locale, 'cms.caseCard.portal')

const teamName = (locale: Locale, names: Names, id: string | null | undefined) =>
  (id && names.teams[id]) || text(locale, 'cms.caseCard.otherTeam')

export type HistoryEntry = {
  status: string
  at: string
  by?: string | null
  fromTeam?: string | null
  toTeam?: string | null
  reason?: string | null
}

/** "2026-11-25 08:46 — Kontaktad — Anna Berg"; a hand-over says from which team to which, and why. */
export function historyLine(locale: Locale, kind: FormKind, entry: HistoryEntry, names: Names): string {
  const what = entry.toTeam
    ? text(locale, entry.reason ? 'cms.caseCard.handOverReason' : 'cms.caseCard.handOver', {
        from: teamName(locale, names, entry.fromTeam),
        to: teamName(locale, names, entry.toTeam),
        reason: entry.reason ?? '',
      })
    : statusLabel(locale, kind, entry.status)
  return [compactDateTime(entry.at), what, userName(locale, names, entry.by)].join(' — ')
}

/** "25 nov. 2026 08:46 — Ringt, inget svar — Anna Berg — note" (no note, no last part). */
export function contactLine(locale: Locale, entry: ContactEntry, names: Names): string {
  const kind = lookup(locale, `domain.contactKinds.${entry.kind}`) ?? entry.kind
  return [
    entry.at ? staffDateTime(locale, entry.at) : '',
    kind,
    userName(locale, names, entry.by),
    entry.note?.trim(),
  ]
    .filter(Boolean)
    .join(' — ')
}

const serviceName = (locale: Locale, service: Match['service']) =>
  service === 'not-sure'
    ? text(locale, 'cms.caseCard.routing.notSure')
    : (SERVICES[service]?.[locale] ?? service)

/** The stored routing explanation in words: per service, which team(s) and by what rule. */
export function routingLines(
  locale: Locale,
  explanation: string | null | undefined,
  names: Names & { district?: string | null },
): string[] {
  return readExplanation(explanation).map((line) => {
    if (typeof line === 'string') return line
    return text(locale, `cms.caseCard.routing.${line.level}`, {
      service: serviceName(locale, line.service),
      teams: line.teams.map((team) => teamName(locale, names, team)).join(', '),
      district: names.district ?? '',
    })
  })
}
