import type { Locale } from '../i18n/locales'

/**
 * Every error message a form can show, by key, in Swedish and English. Schemas refer to these
 * keys only; a test fails on a key that is missing here or never used by a schema.
 */
export const messages = {
  'services.required': { sv: 'Välj minst ett uppdrag som du är intresserad av.', en: 'Choose at least one assignment you are interested in.' },
  'municipality.required': { sv: 'Välj din kommun.', en: 'Choose your municipality.' },
  'name.required': { sv: 'Skriv ditt namn.', en: 'Enter your name.' },
  'name.tooLong': { sv: 'Namnet får vara högst 100 tecken.', en: 'The name can be at most 100 characters.' },
  'email.required': { sv: 'Skriv din e-postadress.', en: 'Enter your e-mail address.' },
  'email.invalid': { sv: 'Skriv e-postadressen som namn@exempel.se.', en: 'Enter the e-mail address like name@example.com.' },
  'phone.required': { sv: 'Skriv ditt telefonnummer.', en: 'Enter your phone number.' },
  'phone.invalid': { sv: 'Skriv telefonnumret med siffror, till exempel 070-123 45 67.', en: 'Enter the phone number in digits, for example 070-123 45 67.' },
  'adults.required': { sv: 'Skriv hur många vuxna som bor hemma (1–10).', en: 'Enter how many adults live at home (1–10).' },
  'children.invalid': { sv: 'Skriv hur många barn som bor hemma (0–15).', en: 'Enter how many children live at home (0–15).' },
  'about.tooLong': { sv: 'Texten får vara högst 1 000 tecken.', en: 'The text can be at most 1,000 characters.' },
  'consent.required': { sv: 'Du behöver godkänna att vi behandlar uppgifterna för att kunna kontakta dig.', en: 'You need to agree that we process the information so we can contact you.' },
  'applicant.required': { sv: 'Välj vem som ansöker.', en: 'Choose who is applying.' },
  'forWhom.required': { sv: 'Välj hur gammalt barnet är.', en: 'Choose how old the child is.' },
  'service.required': { sv: 'Välj vilket stöd du söker, eller ”Vet inte”.', en: 'Choose the support you are applying for, or “Not sure”.' },
  'callTime.required': { sv: 'Välj när vi bäst når dig.', en: 'Choose when we can best reach you.' },
  'form.retry': { sv: 'Anmälan kunde inte tas emot. Vänta en stund och försök igen.', en: 'The registration could not be received. Wait a moment and try again.' },
  'form.rateLimited': { sv: 'Vi har tagit emot många försök från din uppkoppling. Vänta några minuter och skicka sedan igen – det du har skrivit finns kvar.', en: 'We have received many attempts from your connection. Wait a few minutes and then send again – what you have written is kept.' },
  'form.tooLarge': { sv: 'Det du skickade var större än något av våra formulär kan vara. Gå tillbaka, korta texterna och skicka igen.', en: 'What you sent was larger than any of our forms can be. Go back, shorten the texts and send again.' },
  'seats.invalid': { sv: 'Välj en eller två platser.', en: 'Choose one or two seats.' },
  'needs.tooLong': { sv: 'Texten om behov får vara högst 300 tecken.', en: 'The text about needs can be at most 300 characters.' },
  'message.tooLong': { sv: 'Meddelandet får vara högst 500 tecken.', en: 'The message can be at most 500 characters.' },
} as const satisfies Record<string, Record<Locale, string>>

export type MessageKey = keyof typeof messages

export const message = (key: MessageKey, locale: Locale): string => messages[key][locale]
