import type { UIFieldServerProps } from 'payload'

import { lookup, translator } from '../../core/i18n/text'
import { type SubmissionSlug, handOverChoices } from '../useCases/handOver'
import { HandOverForm } from './HandOverForm'

/**
 * The edit view's hand-over panel, for staff of a team that holds the record and for admins: the
 * teams on offer are worked out on the server by the same rules the endpoint applies.
 */
export async function HandOver({ req, id, collectionSlug, i18n }: UIFieldServerProps) {
  if (!id) return null
  const locale = i18n.language === 'en' ? 'en' : 'sv'
  const choices = await handOverChoices(req, collectionSlug as SubmissionSlug, String(id), locale)
  if (!choices) return null
  const t = translator(locale)
  return (
    <HandOverForm
      endpoint={`/api/${collectionSlug}/${id}/hand-over`}
      listUrl={`/admin/collections/${collectionSlug}`}
      reference={choices.reference}
      from={choices.from}
      to={choices.to}
      texts={{
        heading: t('cms.handOver.heading'),
        intro: t('cms.handOver.intro'),
        fromTeam: t('cms.handOver.fromTeam'),
        toTeam: t('cms.handOver.toTeam'),
        choose: t('cms.handOver.choose'),
        reason: t('cms.handOver.reason'),
        reasonHint: t('cms.handOver.reasonHint'),
        submit: t('cms.handOver.submit'),
        // Templates, filled in the browser once the team is chosen.
        confirm: lookup(locale, 'cms.handOver.confirm') as string,
        confirmButton: t('cms.handOver.confirmButton'),
        cancel: t('cms.handOver.cancel'),
        done: lookup(locale, 'cms.handOver.done') as string,
        failed: t('cms.handOver.failed'),
        noTargets: t('cms.handOver.noTargets'),
      }}
    />
  )
}
