import type { PayloadRequest } from 'payload'

import { DEFAULT_LOCALE } from '../../core/i18n/locales'
import { text } from '../../core/i18n/text'
import { idOf } from '../collections/relations'
import { adminUrl, sitePageUrl, withdrawUrl } from '../urls'
import {
  type EveningLine,
  type FormKind,
  applicationConfirmation,
  interestConfirmation,
  teamNotification,
} from './messages'
import { inWriteTransaction } from '../config/writeTransaction'
import { contactPhone } from './contactPhone'
import { type QueuedMail, queueEmail } from './outbox'

type Submission = {
  id: string | number
  reference: string
  routedTeams?: (string | { id: string })[] | null
  central?: boolean | null
  locale?: string | null
  email?: string | null
  municipality: string | { id: string }
}

async function upcomingEvenings(
  req: PayloadRequest,
  municipality: string,
  locale: 'sv' | 'en',
): Promise<EveningLine[]> {
  const { docs } = await req.payload.find({
    collection: 'info-evenings',
    where: {
      and: [
        { municipality: { equals: municipality } },
        { status: { equals: 'open' } },
        { startsAt: { greater_than: new Date().toISOString() } },
      ],
    },
    sort: 'startsAt',
    limit: 3,
    depth: 0,
    locale,
    req,
  })
  return docs.map((evening) => ({
    topic: evening.topic,
    startsAt: evening.startsAt,
    place: evening.online ? text(locale, 'mail.interestConfirmation.online') : (evening.place ?? ''),
    url: sitePageUrl(locale, evening.slug ?? '', 'evening'),
  }))
}

/**
 * The e-mails a stored submission causes: a notification to each routed team (and to the central
 * queue's address, if one is set), and the confirmation the person was promised. Each outbox
 * message has a key, so running this again (a retried job) adds nothing. Composed first, then
 * written in one transaction: one hold of SQLite's write lock instead of one per row.
 */
export async function notifySubmission(
  req: PayloadRequest,
  kind: FormKind,
  collection: 'interest-registrations' | 'applications',
  id: string,
): Promise<void> {
  const submission = (await req.payload.findByID({
    collection,
    id,
    depth: 0,
    req,
    disableErrors: true,
  })) as Submission | null
  if (!submission) return
  const mails = await composeMails(req, kind, collection, submission)
  await inWriteTransaction(req, async () => {
    for (const mail of mails) await queueEmail(req.payload, mail, req)
  })
}

async function composeMails(
  req: PayloadRequest,
  kind: FormKind,
  collection: 'interest-registrations' | 'applications',
  submission: Submission,
): Promise<QueuedMail[]> {
  const link = adminUrl(collection, String(submission.id))
  const teamIds = (submission.routedTeams ?? []).map(idOf)
  const { docs: teams } = teamIds.length
    ? await req.payload.find({
        collection: 'teams',
        where: { id: { in: teamIds } },
        depth: 0,
        pagination: false,
        locale: 'sv',
        req,
      })
    : { docs: [] }
  const recipients = teams
    .filter((team) => team.notificationAddress)
    .map((team) => ({ to: team.notificationAddress as string, teamName: team.name }))
  if (submission.central && process.env.CENTRAL_QUEUE_ADDRESS)
    recipients.push({
      to: process.env.CENTRAL_QUEUE_ADDRESS,
      teamName: text(DEFAULT_LOCALE, 'mail.team.centralQueue'),
    })
  const municipality = idOf(submission.municipality)
  const mails: QueuedMail[] = recipients.map(({ to, teamName }) => ({
    key: `${submission.reference}:team:${to}`,
    kind: 'team-notification',
    to,
    municipality,
    ...teamNotification({ kind, reference: submission.reference, teamName, adminUrl: link }),
  }))
  if (!submission.email) return mails
  const locale = submission.locale === 'en' ? 'en' : 'sv'
  const phone = await contactPhone(req.payload, teamIds, req, teams)
  const confirmation =
    kind === 'interest'
      ? interestConfirmation({
          locale,
          reference: submission.reference,
          phone,
          evenings: await upcomingEvenings(req, municipality, locale),
          stepsUrl: sitePageUrl(locale, locale === 'sv' ? 'sa-gar-det-till' : 'how-it-works'),
          withdrawUrl: withdrawUrl(req.payload.secret, String(submission.id)),
        })
      : applicationConfirmation({ locale, reference: submission.reference, phone })
  return [
    ...mails,
    {
      key: `${submission.reference}:confirmation`,
      kind: kind === 'interest' ? 'interest-confirmation' : 'application-confirmation',
      to: submission.email,
      municipality,
      ...confirmation,
    },
  ]
}
