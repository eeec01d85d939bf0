import { commitTransaction, initTransaction, killTransaction, type PayloadRequest, type Where } from 'payload'

import {
  type HandOverRecord,
  type HandOverTeam,
  MAX_REASON_LENGTH,
  handOverTargets,
  handingTeam,
  routedTeamsAfterHandOver,
} from '../../core/domain/handOver'
import type { FormKind } from '../../core/domain/organisation'
import { mayBeResponsible } from '../../core/domain/caseWork'
import { DEFAULT_LOCALE, type Locale } from '../../core/i18n/locales'
import { text } from '../../core/i18n/text'
import { type Role, WORKED_BY, hasRole } from '../access/roles'
import { teamIdsOf } from '../access/teams'
import { idOf } from '../collections/relations'
import { withinLoggedView } from '../hooks/accessLog'
import { teamHandOver } from '../mail/messages'
import { queueEmail } from '../mail/outbox'
import type { Team } from '../payload-types'
import { adminUrl } from '../urls'

export type SubmissionSlug = 'interest-registrations' | 'applications'

const FORM_OF: Record<SubmissionSlug, FormKind> = {
  'interest-registrations': 'interest',
  applications: 'application',
}

export type HandOverInput = { toTeam?: unknown; reason?: unknown; fromTeam?: unknown }
export type HandOverResult =
  | { status: 200; routedTeams: string[]; keepsAccess: boolean }
  | { status: 400 | 401 | 403 | 404; error: string }

export type TeamChoice = { id: string; name: string }

const handOverTeam = (team: Team): HandOverTeam => ({
  id: String(team.id),
  active: Boolean(team.active),
  municipalities: team.municipalities.map(idOf),
  forms: team.forms ?? [],
  services: team.services ?? [],
})

/** The record as the signed-in user may see it (their own access decides), or null. */
async function visibleRecord(req: PayloadRequest, collection: SubmissionSlug, id: string) {
  if (!req.user) return null
  const doc = await req.payload.findByID({
    collection,
    id,
    depth: 0,
    overrideAccess: false,
    user: req.user,
    req,
    disableErrors: true,
  })
  if (!doc) return null
  const services = 'services' in doc ? doc.services : [doc.service]
  const record: HandOverRecord = {
    kind: FORM_OF[collection],
    municipality: idOf(doc.municipality),
    routedTeams: (doc.routedTeams ?? []).map(idOf),
    services,
  }
  return { doc, record }
}

async function teams(req: PayloadRequest, where: Where, locale: Locale = DEFAULT_LOCALE): Promise<Team[]> {
  const { docs } = await req.payload.find({
    collection: 'teams',
    where,
    depth: 0,
    pagination: false,
    locale,
    req,
  })
  return docs
}

const actorOf = (req: PayloadRequest) => ({ admin: hasRole(req.user, 'admin'), teams: teamIdsOf(req.user) })

/**
 * What the edit view offers the signed-in user: the teams (named in `locale`) they may hand the
 * record over from and to, or null when they may not hand it over at all (or cannot see it).
 */
export async function handOverChoices(
  req: PayloadRequest,
  collection: SubmissionSlug,
  id: string,
  locale: Locale,
): Promise<{ from: TeamChoice[]; to: TeamChoice[]; reference: string } | null> {
  // The panel is part of the edit view, whose opening the access log already records.
  const visible = await visibleRecord(withinLoggedView(req), collection, id)
  if (!visible) return null
  const { record, doc } = visible
  const actor = actorOf(req)
  const fromIds = actor.admin
    ? record.routedTeams
    : record.routedTeams.filter((team) => actor.teams.includes(team))
  if (!actor.admin && !fromIds.length) return null
  const municipalityTeams = await teams(req, { municipalities: { in: [record.municipality] } }, locale)
  const choice = (team: Team): TeamChoice => ({ id: String(team.id), name: team.name })
  return {
    reference: doc.reference,
    from: municipalityTeams.filter((team) => fromIds.includes(String(team.id))).map(choice),
    to: municipalityTeams.filter((team) => handOverTargets(record, [handOverTeam(team)]).length).map(choice),
  }
}

/**
 * Hands a registration or an application to another team. Only staff who can see it (their team
 * holds it, with the collection's role) or an admin may; the receiving team must be a real,
 * active team of the record's municipality that takes its kind of form, and a reason is required.
 * The record's routed teams follow `routedTeamsAfterHandOver`; the history gets the hand-over; the
 * responsible person stays only if they may still hold it (`mayBeResponsible`); the receiving team's
 * reminder clock starts afresh; and the receiving team is e-mailed the reference and a link.
 */
export async function handOver(
  req: PayloadRequest,
  collection: SubmissionSlug,
  id: string,
  input: HandOverInput,
): Promise<HandOverResult> {
  if (!req.user) return { status: 401, error: 'sign in' }
  const visible = await visibleRecord(req, collection, id)
  if (!visible) return { status: 404, error: 'not found' }
  const { doc, record } = visible
  const reason = typeof input.reason === 'string' ? input.reason.trim() : ''
  if (!reason || reason.length > MAX_REASON_LENGTH) return { status: 400, error: 'a reason is required' }
  if (typeof input.toTeam !== 'string' || !input.toTeam) return { status: 400, error: 'choose a team' }
  const requested = typeof input.fromTeam === 'string' && input.fromTeam ? input.fromTeam : null
  const handing = handingTeam(actorOf(req), record.routedTeams, requested)
  if (!handing.ok)
    return handing.reason === 'ambiguous'
      ? { status: 400, error: 'say which team hands it over' }
      : { status: 403, error: 'your team does not hold it' }
  const found = await teams(req, { id: { in: handing.from ? [input.toTeam, handing.from] : [input.toTeam] } })
  const to = found.find((team) => String(team.id) === input.toTeam)
  const from = found.find((team) => String(team.id) === handing.from) ?? null
  if (!to || !handOverTargets(record, [handOverTeam(to)]).length)
    return { status: 400, error: 'that team does not take this case' }
  const routedTeams = routedTeamsAfterHandOver(record, from && handOverTeam(from), handOverTeam(to))
  const responsible = doc.responsible ? idOf(doc.responsible) : null
  const keepResponsible = responsible
    ? await mayStillHold(req, responsible, { role: WORKED_BY[record.kind], routedTeams })
    : false
  const at = new Date().toISOString()
  const entry = {
    status: doc.status,
    at,
    by: String(req.user.id),
    fromTeam: handing.from,
    toTeam: String(to.id),
    reason,
  }
  const shouldCommit = await initTransaction(req)
  try {
    await req.payload.update({
      collection,
      id,
      data: {
        routedTeams,
        central: false,
        remindedAt: null,
        ...(responsible && !keepResponsible ? { responsible: null } : {}),
      },
      // The use case has decided who may do this; routing fields are otherwise the admins' alone.
      overrideAccess: true,
      context: { handOver: entry },
      depth: 0,
      req,
    })
    if (to.notificationAddress)
      await queueEmail(
        req.payload,
        {
          key: `${doc.reference}:hand-over:${(doc.history ?? []).length}`,
          kind: 'team-notification',
          to: to.notificationAddress,
          municipality: record.municipality,
          ...teamHandOver({
            kind: record.kind,
            reference: doc.reference,
            teamName: to.name,
            fromTeamName: from?.name ?? text(DEFAULT_LOCALE, 'mail.team.centralQueue'),
            adminUrl: adminUrl(collection, id),
          }),
        },
        req,
      )
    if (shouldCommit) await commitTransaction(req)
  } catch (error) {
    if (shouldCommit) await killTransaction(req)
    throw error
  }
  const keepsAccess =
    hasRole(req.user, 'admin') || routedTeams.some((team) => actorOf(req).teams.includes(team))
  return { status: 200, routedTeams, keepsAccess }
}

/** Whether the responsible person may still hold the record (read as the system: staff cannot read other users). */
async function mayStillHold(
  req: PayloadRequest,
  user: string,
  submission: { role: Role; routedTeams: string[] },
): Promise<boolean> {
  const person = await req.payload.findByID({
    collection: 'users',
    id: user,
    depth: 0,
    select: { roles: true, teams: true },
    req,
    disableErrors: true,
  })
  return Boolean(
    person &&
    mayBeResponsible({ roles: person.roles ?? [], teams: (person.teams ?? []).map(idOf) }, submission),
  )
}
