import { createContext, useContext } from 'react'

import { fill, lookupIn } from '../../i18n/lookup'
import type { TextKey, Values } from '../../i18n/text'
import type { FormTexts } from '../texts'

export type Translate = (key: TextKey, values?: Values) => string

const TextsContext = createContext<Translate | null>(null)

/**
 * Where the form components read their texts: the CMS gives them the whole dictionary, a form
 * island only its form's texts in the page's language, so no dictionary is shipped to the browser.
 */
export const TextsProvider = TextsContext.Provider

export function useText(): Translate {
  const t = useContext(TextsContext)
  if (!t) throw new Error('A form component was rendered outside a TextsProvider')
  return t
}

/** `t` over the texts a page handed its form island: the island's `translator(locale)`. */
export const formTranslator =
  (texts: FormTexts): Translate =>
  (key, values) =>
    fill(lookupIn(texts, key) ?? '', values)
