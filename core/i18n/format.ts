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

/** How staff read a moment in the admin: "25 nov. 2026 08:46" / "25 Nov 2026, 08:46", Swedish time, 24-hour. */
export function staffDateTime(locale: Locale, iso: string): string {
  return new Intl.DateTimeFormat(localeTag(locale), {
    timeZone: TIME_ZONE,
    day: 'numeric',
    month: 'short',
    year: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  }).format(new Date(iso))
}
