import { text } from '../../../core/i18n/text'
import type { Funnel as FunnelData } from '../../../core/statistics/report'
import { countLabel, percent, shareOf } from './labels'
import { CountsPair, Pair, type ReportContext } from './Pair'

/**
 * How far `registered` registrations got: each main-line step with how many ever reached it and
 * the share of the step before (the first step against all registered), then how those who stepped
 * aside ended, each as a share of all registered.
 */
export function Funnel(props: {
  context: ReportContext
  id: string
  registered: number
  funnel: FunnelData
}) {
  const { context, id, registered, funnel } = props
  const { locale } = context
  const t = (key: Parameters<typeof text>[1]) => text(locale, key)
  const steps = [{ status: 'new', reached: registered }, ...funnel.steps]
  const rows = steps.map(({ status, reached }, index) => [
    countLabel(locale, 'status', { key: status, count: reached }),
    reached,
    index === 0 ? '–' : percent(locale, shareOf(reached, steps[index - 1].reached)),
  ])
  return (
    <>
      <Pair
        context={context}
        id={`${id}-steps`}
        caption={t('cms.statistics.funnel.heading')}
        table={{
          columns: [
            t('cms.statistics.funnel.step'),
            t('cms.statistics.funnel.reached'),
            t('cms.statistics.funnel.conversion'),
          ],
          rows: registered ? rows : [],
        }}
        chart={{
          rows: rows.map(([label, reached]) => ({ label, reached })),
          series: [{ key: 'reached', label: t('cms.statistics.funnel.reached') }],
        }}
      />
      <CountsPair
        context={context}
        id={`${id}-endings`}
        caption={t('cms.statistics.funnel.endings')}
        heading={t('cms.statistics.funnel.ending')}
        dimension="status"
        counts={funnel.endings}
        total={registered}
      />
    </>
  )
}
