import { type Locale, pathFor } from '../i18n/locales'
import { translator } from '../i18n/text'
import { type FrameProps, onSite } from './SiteFrame'
import { type MenuItem, mainMenu } from './menu'

export type ReceiptKind = 'interest' | 'application' | 'booking'

type Props = {
  locale: Locale
  kind: ReceiptKind
  /** The site's frame, for its menu's pages and phone; without it the links go to the forms' sections. */
  frame?: FrameProps
}

/**
 * What a person can do once a plain post is stored: a volunteer books an evening or reads the
 * steps; someone who asked for support reads what happens next, and learns whom to call.
 */
export function ReceiptNextStep({ locale, kind, frame }: Props) {
  const t = translator(locale)
  const site = frame?.site ?? ''
  const menu = frame?.menu ?? mainMenu(locale, () => undefined)
  const href = (key: MenuItem['key']) =>
    onSite(site, menu.find((item) => item.key === key)?.href ?? pathFor(locale, null))
  const phone = frame?.contact.phone
  return (
    <section className="next-step" aria-labelledby="receipt-next">
      <h2 id="receipt-next">{t('forms.shared.nextHeading')}</h2>
      {kind === 'application' ? (
        <>
          <p className="next-step__actions">
            <a className="button button--primary" href={href('support')}>
              {t('forms.shared.readWhatNext')}
            </a>
          </p>
          {phone && <p>{t('forms.shared.callUs', { phone })}</p>}
          <p>{t('forms.shared.protectedIdentity')}</p>
          <p>{t('forms.shared.emergency')}</p>
        </>
      ) : (
        <p className="next-step__actions">
          {kind === 'interest' && (
            <a className="button button--primary" href={onSite(site, pathFor(locale, null, 'evening'))}>
              {t('site.ctaEvening')}
            </a>
          )}
          <a href={href('volunteer')}>{t('forms.shared.readWhatNext')}</a>
        </p>
      )}
    </section>
  )
}
