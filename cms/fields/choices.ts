import { optionsOf, table } from '../../core/domain/organisation'
import { type TextKey, label } from '../../core/i18n/text'

/** Select options labelled from the dictionaries, so staff read words, never the stored value. */
export const choices = <K extends string>(values: readonly K[], keyOf: (value: K) => TextKey) =>
  optionsOf(table(values, (value) => label(keyOf(value))))
