import { TIME_ZONE } from '../../core/domain/stockholmTime'

/**
 * The texts of every e-mail the portal sends. Pure, and by construction without personal data:
 * none of them takes a name, an address, a phone number or anything the person wrote.
 */
export type Attachment = { filename: string; content: string }
export type Mail = { subject: string; text: string; attachments?: Attachment[] }
type Locale = 'sv' | 'en'
export type FormKind = 'interest' | 'application'

const KIND_NAMES: Record<FormKind, string> = { interest: 'intresseanmälan', application: 'ansökan om stöd' }

/** To a team's shared address: something new is waiting, and where to open it. */
export function teamNotification(input: { kind: FormKind; reference: string; teamName: string; adminUrl: string }): Mail {
  return {
    subject: `Ny ${KIND_NAMES[input.kind]} till ${input.teamName} (${input.reference})`,
    text: [
      `En ny ${KIND_NAMES[input.kind]} har kommit till ${input.teamName} via Kontaktportalen.`,
      `Referens: ${input.reference}`,
      '',
      `Logga in för att läsa den: ${input.adminUrl}`,
      '',
      'Av sekretesskäl finns inga personuppgifter i det här meddelandet.',
    ].join('\n'),
  }
}

/** To a team's shared address: registrations that have waited too long for a first contact. */
export function teamReminder(input: { teamName: string; references: string[]; adminUrl: string }): Mail {
  const count = input.references.length
  return {
    subject: `${count} ${count === 1 ? 'intresseanmälan väntar' : 'intresseanmälningar väntar'} på kontakt – ${input.teamName}`,
    text: [
      `${count === 1 ? 'En intresseanmälan' : `${count} intresseanmälningar`} till ${input.teamName} har inte fått någon åtgärd på tre arbetsdagar:`,
      ...input.references.map((reference) => `- ${reference}`),
      '',
      `Öppna listan: ${input.adminUrl}`,
    ].join('\n'),
  }
}

export type EveningLine = { topic: string; startsAt: string; place: string; url: string }

/** A date and time on Stockholm's clock, written out the way the reader's language does. */
export function when(iso: string, locale: Locale): string {
  return new Intl.DateTimeFormat(locale === 'sv' ? 'sv-SE' : 'en-GB', { timeZone: TIME_ZONE, dateStyle: 'full', timeStyle: 'short' }).format(new Date(iso))
}

const CONFIRMATION = {
  sv: {
    subject: (reference: string) => `Tack för din intresseanmälan (${reference})`,
    intro: 'Tack för att du vill bli kontaktfamilj eller kontaktperson! Vi har tagit emot din intresseanmälan.',
    next: ['Så här går det vidare:', '1. Någon från socialtjänsten i din kommun ringer eller mejlar dig för ett första samtal.', '2. Du är välkommen till en informationskväll för att lära dig mer.', '3. Sedan följer intervju, referenser och utdrag ur register – för familjer också ett hembesök.', '4. Kommunen beslutar och matchar dig med ett uppdrag som passar.'],
    evenings: 'Kommande informationskvällar i din kommun:',
    noEvenings: 'Just nu finns ingen informationskväll inplanerad i din kommun. Vi hör av oss ändå.',
    steps: 'Läs mer om stegen',
    reference: 'Referens',
  },
  en: {
    subject: (reference: string) => `Thank you for registering your interest (${reference})`,
    intro: 'Thank you for wanting to become a contact family or contact person! We have received your registration of interest.',
    next: ['What happens next:', '1. Someone from social services in your municipality phones or e-mails you for a first conversation.', '2. You are welcome to an information evening to learn more.', '3. Then comes an interview, references and register extracts – for families also a home visit.', '4. The municipality decides and matches you with an assignment that suits you.'],
    evenings: 'Upcoming information evenings in your municipality:',
    noEvenings: 'No information evening is planned in your municipality just now. We will be in touch anyway.',
    steps: 'Read more about the steps',
    reference: 'Reference',
  },
} as const

/** To the volunteer: what happens next, and the evenings they could come to. */
export function interestConfirmation(input: { locale: Locale; reference: string; evenings: EveningLine[]; stepsUrl: string }): Mail {
  const t = CONFIRMATION[input.locale]
  const evenings = input.evenings.length
    ? [t.evenings, ...input.evenings.map((evening) => `- ${when(evening.startsAt, input.locale)}: ${evening.topic}, ${evening.place}\n  ${evening.url}`)]
    : [t.noEvenings]
  return {
    subject: t.subject(input.reference),
    text: [t.intro, '', ...t.next, '', ...evenings, '', `${t.steps}: ${input.stepsUrl}`, '', `${t.reference}: ${input.reference}`].join('\n'),
  }
}

/** To whoever applied for support, only if they gave an address: the reference and nothing else. */
export function applicationConfirmation(input: { locale: Locale; reference: string }): Mail {
  return input.locale === 'sv'
    ? { subject: `Vi har tagit emot det du skickade (${input.reference})`, text: `Vi har tagit emot det du skickade via Kontaktportalen.\n\nReferens: ${input.reference}` }
    : { subject: `We have received what you sent (${input.reference})`, text: `We have received what you sent through Kontaktportalen.\n\nReference: ${input.reference}` }
}
