import { EVENING_LANGUAGES, SERVICES } from '../domain/organisation'
import { TIME_ZONE } from '../domain/stockholmTime'
import { type Locale, localeTag } from './locales'

/** "torsdag 3 december 2026 kl. 18:00" / "Thursday 3 December 2026, 18:00", always in Swedish time. */
export function formatDateTime(locale: Locale, iso: string): string {
  return new Intl.DateTimeFormat(localeTag(locale), {
    timeZone: TIME_ZONE,
    weekday: 'long',
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
  }).format(new Date(iso))
}

export const serviceLabel = (locale: Locale, service: string) =>
  SERVICES[service as keyof typeof SERVICES]?.[locale] ?? service

export const eveningLanguageLabel = (locale: Locale, language: string) =>
  EVENING_LANGUAGES[language as keyof typeof EVENING_LANGUAGES]?.[locale] ?? language

const STAFF_DAY: Intl.DateTimeFormatOptions = {
  timeZone: TIME_ZONE,
  day: 'numeric',
  month: 'short',
  year: 'numeric',
}

/** "6 dec. 2026" / "6 Dec 2026": a day as staff read it in the admin (a next action's date). */
export const staffDate = (locale: Locale, iso: string) =>
  new Intl.DateTimeFormat(localeTag(locale), STAFF_DAY).format(new Date(iso))

/** "6 dec. 2026 14:02" / "6 Dec 2026 14:02": a time as staff read it in the admin (24 h, Swedish time). */
export function staffDateTime(locale: Locale, iso: string): string {
  return new Intl.DateTimeFormat(localeTag(locale), {
    ...STAFF_DAY,
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  })
    .format(new Date(iso))
    .replace(',', '')
}

/**
 * "2026-12-06 14:02": Swedish time in the order that sorts, the same in every language; the case
 * history and spreadsheets use it.
 */
export function compactDateTime(iso: string): string {
  return new Intl.DateTimeFormat('sv-SE', {
    timeZone: TIME_ZONE,
    dateStyle: 'short',
    timeStyle: 'short',
  }).format(new Date(iso))
}
