import { label } from '../i18n/text'
import { table } from './organisation'

/**
 * Who a site page speaks to. A page for future volunteers ends with the interest form's call to
 * action, a page for families with the application's, a page for both with both.
 */
export const AUDIENCES = table(['volunteers', 'families', 'both'], (key) => label(`domain.audiences.${key}`))
export type Audience = keyof typeof AUDIENCES
export const AUDIENCE_KEYS = Object.keys(AUDIENCES) as [Audience, ...Audience[]]
