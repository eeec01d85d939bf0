import type { FormKind } from '../../core/domain/organisation'
import { TIME_ZONE } from '../../core/domain/stockholmTime'
import { DEFAULT_LOCALE, type Locale, localeTag } from '../../core/i18n/locales'
import { type TextKey, translator } from '../../core/i18n/text'

/**
 * The e-mails the portal sends, put together from the dictionaries (mail.*). Pure, and by
 * construction without personal data: none of them takes a name, an address, a phone number or
 * anything the person wrote.
 */
export type Attachment = { filename: string; content: string }
export type Mail = { subject: string; text: string; attachments?: Attachment[] }
export type { FormKind }

/** Staff read team e-mails in the default language. */
const team = translator(DEFAULT_LOCALE)

/** What a team e-mail about one case says of it: its kind in words, the team, its reference and link. */
type TeamCase = { kind: FormKind; reference: string; teamName: string; adminUrl: string }

const caseValues = (input: TeamCase) => ({
  kind: team(`mail.team.kinds.${input.kind}`),
  team: input.teamName,
  reference: input.reference,
  adminUrl: input.adminUrl,
})

/** To a team's shared address: something new is waiting, and where to open it. */
export function teamNotification(input: TeamCase): Mail {
  const values = caseValues(input)
  return {
    subject: team('mail.team.notificationSubject', values),
    text: team('mail.team.notificationText', values),
  }
}

/** To the receiving team's shared address: a case was handed to it. The reason stays in the admin. */
export function teamHandOver(input: TeamCase & { fromTeamName: string }): Mail {
  const values = { ...caseValues(input), fromTeam: input.fromTeamName }
  return {
    subject: team('mail.team.handOverSubject', values),
    text: team('mail.team.handOverText', values),
  }
}

type CaseLink = { reference: string; url: string }

/** A staff message listing cases, each by reference and link; its subject counts them (`{count}`). */
function caseList(
  keys: { one: TextKey; many: TextKey; intro: TextKey; outro?: TextKey },
  cases: CaseLink[],
): Mail {
  return {
    subject: team(cases.length === 1 ? keys.one : keys.many, { count: cases.length }),
    text: [
      team(keys.intro),
      ...cases.map((item) => `- ${item.reference}: ${item.url}`),
      ...(keys.outro ? ['', team(keys.outro)] : []),
    ].join('\n'),
  }
}

/** To a team's shared address: the volunteer withdrew a registration through their personal link. */
export function teamWithdrawn(input: { reference: string; teamName: string; adminUrl: string }): Mail {
  const values = { team: input.teamName, reference: input.reference, adminUrl: input.adminUrl }
  return {
    subject: team('mail.team.withdrawnSubject', values),
    text: team('mail.team.withdrawnText', values),
  }
}

/**
 * To a team's shared address or an admin: applications nobody closed that reached their longest
 * time in the portal. They are kept until closed, so this comes again each week until they are.
 */
export const retentionEscalation = (input: { cases: CaseLink[] }): Mail =>
  caseList(
    {
      one: 'mail.escalation.subjectOne',
      many: 'mail.escalation.subjectMany',
      intro: 'mail.escalation.intro',
      outro: 'mail.escalation.outro',
    },
    input.cases,
  )

/** To a team's shared address: registrations that have waited too long for a first contact. */
export function teamReminder(input: { teamName: string; references: string[]; adminUrl: string }): Mail {
  const values = { count: input.references.length, team: input.teamName, adminUrl: input.adminUrl }
  const one = input.references.length === 1
  return {
    subject: team(one ? 'mail.team.reminderSubjectOne' : 'mail.team.reminderSubjectMany', values),
    text: [
      team(one ? 'mail.team.reminderIntroOne' : 'mail.team.reminderIntroMany', values),
      ...input.references.map((reference) => `- ${reference}`),
      '',
      team('mail.team.reminderOpen', values),
    ].join('\n'),
  }
}

/** To the person responsible: cases whose next action is past its date, each by reference and link. */
export const nextActionReminder = (input: { cases: CaseLink[] }): Mail =>
  caseList(
    {
      one: 'mail.nextAction.subjectOne',
      many: 'mail.nextAction.subjectMany',
      intro: 'mail.nextAction.intro',
    },
    input.cases,
  )

export type EveningLine = { topic: string; startsAt: string; place: string; url: string }

/** A date and time on Stockholm's clock, written out the way the reader's language does. */
export function when(iso: string, locale: Locale): string {
  return new Intl.DateTimeFormat(localeTag(locale), {
    timeZone: TIME_ZONE,
    dateStyle: 'full',
    timeStyle: 'short',
  }).format(new Date(iso))
}

/**
 * How every e-mail to a resident opens and ends: a greeting without a name, and the number to call
 * (`phone`, the responsible team's or the portal's; the line is left out when nobody has one).
 */
export function toPerson(locale: Locale, phone: string, body: string[]): string {
  const t = translator(locale)
  return [
    t('mail.person.greeting'),
    '',
    ...body,
    ...(phone ? ['', t('mail.person.phone', { phone })] : []),
  ].join('\n')
}

/** To the volunteer: what happens next, the evenings they could come to, and their withdrawal link. */
export function interestConfirmation(input: {
  locale: Locale
  reference: string
  phone: string
  evenings: EveningLine[]
  stepsUrl: string
  withdrawUrl: string
}): Mail {
  const t = translator(input.locale)
  const evenings = input.evenings.length
    ? [
        t('mail.interestConfirmation.evenings'),
        ...input.evenings.map(
          (evening) =>
            `- ${when(evening.startsAt, input.locale)}: ${evening.topic}, ${evening.place}\n  ${evening.url}`,
        ),
      ]
    : [t('mail.interestConfirmation.noEvenings')]
  return {
    subject: t('mail.interestConfirmation.subject', { reference: input.reference }),
    text: toPerson(input.locale, input.phone, [
      t('mail.interestConfirmation.intro'),
      '',
      t('mail.interestConfirmation.next'),
      '',
      ...evenings,
      '',
      `${t('mail.interestConfirmation.steps')}: ${input.stepsUrl}`,
      '',
      `${t('mail.interestConfirmation.reference')}: ${input.reference}`,
      '',
      `${t('mail.interestConfirmation.withdraw')}: ${input.withdrawUrl}`,
    ]),
  }
}

/** To whoever applied for support, only if they gave an address: the reference, who calls and how to withdraw. */
export function applicationConfirmation(input: { locale: Locale; reference: string; phone: string }): Mail {
  const t = translator(input.locale)
  return {
    subject: t('mail.applicationConfirmation.subject', { reference: input.reference }),
    text: toPerson(input.locale, input.phone, [
      t('mail.applicationConfirmation.intro'),
      '',
      `${t('mail.applicationConfirmation.reference')}: ${input.reference}`,
      '',
      t('mail.applicationConfirmation.next'),
      '',
      t('mail.applicationConfirmation.withdraw'),
      '',
      t('mail.applicationConfirmation.emergency'),
    ]),
  }
}
