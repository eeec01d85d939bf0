import type { PayloadRequest, UIFieldServerProps } from 'payload'

import {
  type HistoryEntry,
  type Names,
  ageText,
  contactLine,
  historyLine,
  routingLines,
  statusLabel,
} from '../../../core/domain/caseCard'
import { CONTACT_KINDS, type ContactEntry, isOverdue } from '../../../core/domain/caseWork'
import type { FormKind } from '../../../core/domain/organisation'
import { nextStatuses } from '../../../core/domain/pipeline'
import { stockholmDatePlus } from '../../../core/domain/stockholmTime'
import { staffDate } from '../../../core/i18n/format'
import { type Locale, asLocale } from '../../../core/i18n/locales'
import { text, translator } from '../../../core/i18n/text'
import { idOf } from '../../collections/relations'
import { eligibleResponsible } from '../../fields/responsible'
import { WORKED_BY } from '../../access/roles'
import { CaseCardActions } from './CaseCardActions'
import './caseCard.css'

type Row = Record<string, unknown>
const ids = (values: unknown[]) => [...new Set(values.filter(Boolean).map(idOf))]

/**
 * The names behind the ids a case shows, read with the viewer's own access: a colleague's name,
 * never an account they may not see (that one reads as "staff of another team").
 */
async function namesFor(req: PayloadRequest, locale: Locale, users: string[], teams: string[]) {
  const as = { req, user: req.user, overrideAccess: false, depth: 0, pagination: false } as const
  const [people, groups] = await Promise.all([
    users.length
      ? req.payload.find({
          ...as,
          collection: 'users',
          where: { id: { in: users } },
          select: { name: true, email: true },
        })
      : { docs: [] },
    teams.length
      ? req.payload.find({
          ...as,
          collection: 'teams',
          where: { id: { in: teams } },
          locale,
          select: { name: true },
        })
      : { docs: [] },
  ])
  return {
    users: Object.fromEntries(people.docs.map((user) => [String(user.id), user.name || user.email])),
    teams: Object.fromEntries(groups.docs.map((team) => [String(team.id), team.name])),
  } satisfies Names
}

async function placeOf(req: PayloadRequest, municipality: unknown, district: unknown) {
  if (!municipality) return { place: '', district: null }
  const found = await req.payload.findByID({
    collection: 'municipalities',
    id: idOf(municipality),
    depth: 0,
    req,
    overrideAccess: false,
    user: req.user,
    disableErrors: true,
  })
  const districtName = (found?.districts ?? []).find((entry) => entry.key === district)?.name ?? null
  return { place: [found?.name, districtName].filter(Boolean).join(', '), district: districtName }
}

/** The top of a submission's edit view: the case at a glance, its next steps, contacts, history and routing. */
export async function CaseCard(props: UIFieldServerProps & { kind: FormKind }) {
  const { data, req, i18n, id, collectionSlug, kind } = props
  if (!id || !data) return null
  const locale = asLocale(i18n.language)
  const t = translator(locale)
  const doc = data as Row
  const history = ((doc.history ?? []) as Row[]).map((entry): HistoryEntry => ({
    ...(entry as HistoryEntry),
    by: entry.by ? idOf(entry.by) : null,
    fromTeam: entry.fromTeam ? idOf(entry.fromTeam) : null,
    toTeam: entry.toTeam ? idOf(entry.toTeam) : null,
  }))
  const contacts = ((doc.contactLog ?? []) as Row[]).map((row): ContactEntry & { id: string } => ({
    id: String(row.id),
    kind: String(row.kind),
    note: row.note as string | null,
    at: row.at as string | null,
    by: row.by ? idOf(row.by) : null,
  }))
  const routedTeams = ids((doc.routedTeams ?? []) as unknown[])
  const names = await namesFor(
    req,
    locale,
    ids([...history.map((entry) => entry.by), ...contacts.map((entry) => entry.by), doc.responsible]),
    ids([...routedTeams, ...history.flatMap((entry) => [entry.fromTeam, entry.toTeam])]),
  )
  const { place, district } = await placeOf(req, doc.municipality, doc.district)
  const people = await req.payload.find({
    collection: 'users',
    where: eligibleResponsible(WORKED_BY[kind], routedTeams),
    req,
    user: req.user,
    overrideAccess: false,
    depth: 0,
    pagination: false,
    sort: 'name',
    select: { name: true, email: true },
  })
  const status = String(doc.status ?? 'new')
  const nextActionAt = doc.nextActionAt as string | null | undefined
  const responsible = doc.responsible ? names.users[idOf(doc.responsible)] : null
  const teamNames = routedTeams.map((team) => names.teams[team] ?? t('cms.caseCard.otherTeam'))
  const facts: [string, string][] = [
    [t('cms.caseCard.reference'), String(doc.reference ?? '')],
    [t('cms.caseCard.status'), statusLabel(locale, kind, status)],
    [t('cms.caseCard.age'), doc.createdAt ? ageText(locale, String(doc.createdAt), new Date()) : ''],
    [t('cms.caseCard.teams'), teamNames.join(', ') || t('cms.caseCard.centralQueue')],
    [t('cms.caseCard.area'), place],
    [t('cms.caseCard.responsible'), responsible ?? t('cms.caseCard.nobody')],
    [
      t('cms.caseCard.nextAction'),
      nextActionAt || doc.nextAction
        ? [
            doc.nextAction,
            nextActionAt ? staffDate(locale, nextActionAt) : null,
            isOverdue(nextActionAt, new Date()) ? `(${t('cms.caseCard.overdue')})` : null,
          ]
            .filter(Boolean)
            .join(' ')
        : t('cms.caseCard.noNextAction'),
    ],
  ]
  const routing = routingLines(locale, doc.routingExplanation as string | null, { ...names, district })

  return (
    <section className="case-card" aria-labelledby="case-card-heading">
      <h2 id="case-card-heading" className="case-card__heading">
        {t('cms.caseCard.label')}
      </h2>
      <dl className="case-card__facts">
        {facts.map(([term, value]) => (
          <div key={term}>
            <dt>{term}</dt>
            <dd>{value}</dd>
          </div>
        ))}
      </dl>
      <CaseCardActions
        // A new key once the stored case changes, so the inputs show what was saved.
        key={String(doc.updatedAt)}
        collection={collectionSlug}
        id={String(id)}
        steps={nextStatuses(kind, status).map((value) => ({
          value,
          label: statusLabel(locale, kind, value),
        }))}
        kinds={CONTACT_KINDS.map((value) => ({ value, label: text(locale, `domain.contactKinds.${value}`) }))}
        stored={contacts.map(({ id: row, kind: rowKind, note }) => ({ id: row, kind: rowKind, note }))}
        people={people.docs.map((person) => ({
          value: String(person.id),
          label: person.name || person.email,
        }))}
        plan={{
          responsible: doc.responsible ? idOf(doc.responsible) : '',
          nextAction: String(doc.nextAction ?? ''),
          nextActionDay: nextActionAt ? stockholmDatePlus(new Date(nextActionAt), 0) : '',
        }}
        texts={{
          plan: t('cms.caseCard.plan'),
          responsible: t('cms.caseCard.responsible'),
          nobody: t('cms.caseCard.nobody'),
          nextAction: t('cms.caseCard.nextAction'),
          nextActionDate: t('cms.caseCard.nextActionDate'),
          savePlan: t('cms.caseCard.savePlan'),
          moveTo: t('cms.caseCard.moveTo'),
          ended: t('cms.caseCard.ended'),
          addContact: t('cms.caseCard.addContact'),
          contactKind: t('cms.caseCard.contactKind'),
          contactNote: t('cms.caseCard.contactNote'),
          saveFailed: t('cms.caseCard.saveFailed'),
        }}
      />
      <h3 className="case-card__subheading">{t('cms.caseCard.contactLog')}</h3>
      {contacts.length ? (
        <ul className="case-card__lines">
          {contacts.map((entry) => (
            <li key={entry.id}>{contactLine(locale, entry, names)}</li>
          ))}
        </ul>
      ) : (
        <p>{t('cms.caseCard.noContacts')}</p>
      )}
      <h3 className="case-card__subheading">{t('cms.caseCard.history')}</h3>
      <ul className="case-card__lines">
        {history.map((entry, index) => (
          <li key={index}>{historyLine(locale, kind, entry, names)}</li>
        ))}
      </ul>
      {routing.length ? (
        <>
          <h3 className="case-card__subheading">{t('cms.caseCard.routing.heading')}</h3>
          <ul className="case-card__lines">
            {routing.map((line) => (
              <li key={line}>{line}</li>
            ))}
          </ul>
        </>
      ) : null}
    </section>
  )
}
