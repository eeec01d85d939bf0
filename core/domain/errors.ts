/** Error keys the CMS shows editors, in both admin languages. */
export const cmsErrors = {
  'slug.format': {
    sv: 'Använd bara små bokstäver a–z, siffror och bindestreck.',
    en: 'Use only lower-case letters a–z, digits and hyphens.',
  },
  'slug.reserved': {
    sv: 'Adressen används redan av webbplatsen. Välj en annan.',
    en: 'The site already uses this address. Choose another.',
  },
  'slug.taken': {
    sv: 'En annan sida har redan den här adressen på det här språket.',
    en: 'Another page already has this address in this language.',
  },
} as const

export type CmsErrorKey = keyof typeof cmsErrors

/** The message for the admin's current language; Swedish when the language is unknown. */
export function cmsError(key: CmsErrorKey, language: string | undefined): string {
  return language === 'en' ? cmsErrors[key].en : cmsErrors[key].sv
}
