import { EVENING_LANGUAGES, SERVICES } from '../domain/organisation'
import { type Locale, localeTag } from './locales'

const TIME_ZONE = 'Europe/Stockholm'

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

/** "6 dec. 2026 14:02" / "6 Dec 2026 14:02": a time as staff read it in the admin (24 h, Swedish time). */
export function staffDateTime(locale: Locale, iso: string): string {
  return new Intl.DateTimeFormat(localeTag(locale), {
    timeZone: TIME_ZONE,
    day: 'numeric',
    month: 'short',
    year: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  })
    .format(new Date(iso))
    .replace(',', '')
}

/** "2026-12-06 14:02": a time in a spreadsheet, Swedish time, in the order a spreadsheet sorts and reads. */
export function sheetDateTime(iso: string): string {
  return new Intl.DateTimeFormat('sv-SE', {
    timeZone: TIME_ZONE,
    dateStyle: 'short',
    timeStyle: 'short',
  }).format(new Date(iso))
}
