import type { Locale } from './locales'

/** Every string the site's own templates show, in both languages from one source. */
export const ui = {
  sv: {
    skipToContent: 'Hoppa till innehållet',
    languageSwitchLabel: 'Språk',
    otherLanguageName: 'English',
    otherLanguageHint: 'Read this page in English',
    mainNav: 'Huvudmeny',
    home: 'Start',
    breadcrumbs: 'Du är här',
    footerContact: 'Kontakt',
    footerLinks: 'Om webbplatsen',
    phone: 'Telefon',
    email: 'E-post',
  },
  en: {
    skipToContent: 'Skip to content',
    languageSwitchLabel: 'Language',
    otherLanguageName: 'Svenska',
    otherLanguageHint: 'Läs sidan på svenska',
    mainNav: 'Main menu',
    home: 'Home',
    breadcrumbs: 'You are here',
    footerContact: 'Contact',
    footerLinks: 'About this site',
    phone: 'Phone',
    email: 'E-mail',
  },
} as const satisfies Record<Locale, Record<string, string>>

export const t = (locale: Locale) => ui[locale]
