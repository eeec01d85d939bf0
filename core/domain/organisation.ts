/**
 * The words of the organisation model, with their labels in both languages. The site and the
 * admin take labels from here, so a service is called the same everywhere.
 */
export const SERVICES = {
  'contact-family': { sv: 'Kontaktfamilj', en: 'Contact family' },
  'contact-person': { sv: 'Kontaktperson', en: 'Contact person' },
  skkp: { sv: 'Särskilt kvalificerad kontaktperson', en: 'Specially qualified contact person' },
  'lss-short-break-family': { sv: 'Korttidsfamilj (LSS)', en: 'Short-break family (LSS)' },
  'lss-contact-person': { sv: 'Kontaktperson enligt LSS', en: 'Contact person under LSS' },
} as const
export type Service = keyof typeof SERVICES

export const PROGRAMME_AREAS = {
  'sol-children-youth': { sv: 'Barn och unga (SoL)', en: 'Children and young people (SoL)' },
  'sol-adults': { sv: 'Vuxna (SoL)', en: 'Adults (SoL)' },
  lss: { sv: 'Funktionsnedsättning (LSS)', en: 'Disability (LSS)' },
  'elderly-care': { sv: 'Äldreomsorg', en: 'Elderly care' },
} as const
export type ProgrammeArea = keyof typeof PROGRAMME_AREAS

export const FORM_KINDS = {
  interest: { sv: 'Intresseanmälningar', en: 'Interest registrations' },
  application: { sv: 'Ansökningar om stöd', en: 'Applications for support' },
} as const
export type FormKind = keyof typeof FORM_KINDS

export const EVENING_LANGUAGES = {
  sv: { sv: 'Svenska', en: 'Swedish' },
  en: { sv: 'Engelska', en: 'English' },
  'sv-interpreted': { sv: 'Svenska med tolk', en: 'Swedish with an interpreter' },
} as const

export const EVENING_STATUSES = {
  open: { sv: 'Öppen för bokning', en: 'Open for booking' },
  closed: { sv: 'Bokningen stängd', en: 'Booking closed' },
  cancelled: { sv: 'Inställd', en: 'Cancelled' },
} as const

/** Turns a label table into Payload select options. */
export const optionsOf = <K extends string>(table: Record<K, { sv: string; en: string }>) =>
  (Object.keys(table) as K[]).map((value) => ({ value, label: table[value] }))
