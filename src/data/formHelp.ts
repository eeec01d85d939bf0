import type { AstroComponentFactory } from 'astro/runtime/server/index.js'

import { type Locale, everyLocale, pathFor } from '../../core/i18n/locales'

/**
 * Easy-read help for each public form. It belongs to the form like its labels do (the forms'
 * texts live in code, not in the CMS), so it is read from content/easy-read/forms/ at build.
 */
export type HelpedForm = 'interest' | 'application' | 'booking'
const FORMS: HelpedForm[] = ['interest', 'application', 'booking']

const SEGMENTS: Record<Locale, { forms: string } & Record<HelpedForm, string>> = {
  sv: { forms: 'formular', interest: 'intresseanmalan', application: 'ansok', booking: 'boka' },
  en: { forms: 'forms', interest: 'register-interest', application: 'apply', booking: 'book' },
}

type Markdown = { frontmatter: { title: string }; Content: AstroComponentFactory }
const files = import.meta.glob<Markdown>('../../content/easy-read/forms/*.md', { eager: true })

/** The easy-read help page of a form, in a language. */
export const formHelpPath = (locale: Locale, form: HelpedForm) =>
  `${pathFor(locale, null, 'easyRead')}${SEGMENTS[locale].forms}/${SEGMENTS[locale][form]}/`

/** Every form's help page in a language, for getStaticPaths. */
export function formHelpPaths(locale: Locale) {
  return FORMS.map((form) => {
    const file = files[`../../content/easy-read/forms/${form}.${locale}.md`]
    if (!file) throw new Error(`content/easy-read/forms/${form}.${locale}.md is missing`)
    return {
      params: { form: SEGMENTS[locale][form] },
      props: {
        locale,
        form,
        title: file.frontmatter.title,
        Content: file.Content,
        alternates: everyLocale((code) => formHelpPath(code, form)),
      },
    }
  })
}
