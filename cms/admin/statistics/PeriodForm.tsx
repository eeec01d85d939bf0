import type { Locale } from '../../../core/i18n/locales'
import { translator } from '../../../core/i18n/text'
import { LAST_DAYS, type PeriodChoice, lastDayOf } from '../../../core/statistics/period'
import type { Period } from '../../../core/statistics/report'
import { STATISTICS_PATH } from './route'

type Props = {
  locale: Locale
  choice: PeriodChoice
  period: Period
  quarters: string[]
  /** Offered only when there is more than one to choose from (a cooperation, or an admin). */
  municipalities: { id: string; name: string }[]
  municipality: string | null
}

/** The period and municipality as a plain GET form: the choice lives in the URL and works without JavaScript. */
export function PeriodForm({ locale, choice, period, quarters, municipalities, municipality }: Props) {
  const t = translator(locale)
  const quarter = choice.kind === 'quarter' ? choice.quarter : quarters[0]
  return (
    <form className="stats__form" method="get" action={STATISTICS_PATH}>
      <fieldset>
        <legend>{t('cms.statistics.period')}</legend>
        {LAST_DAYS.map((days) => (
          <label key={days}>
            <input
              type="radio"
              name="period"
              value={days}
              defaultChecked={choice.kind === 'last' && choice.days === days}
            />{' '}
            {t(`cms.statistics.periods.${days}`)}
          </label>
        ))}
        <label>
          <input type="radio" name="period" value="quarter" defaultChecked={choice.kind === 'quarter'} />{' '}
          {t('cms.statistics.periods.quarter')}
        </label>
        <label>
          {t('cms.statistics.quarter')}{' '}
          <select name="quarter" defaultValue={quarter}>
            {quarters.map((offered) => (
              <option key={offered} value={offered}>
                {offered.replace('-Q', ' Q')}
              </option>
            ))}
          </select>
        </label>
        <label>
          <input type="radio" name="period" value="custom" defaultChecked={choice.kind === 'custom'} />{' '}
          {t('cms.statistics.periods.custom')}
        </label>
        <label>
          {t('cms.statistics.from')} <input type="date" name="from" defaultValue={period.from} />
        </label>
        <label>
          {t('cms.statistics.through')} <input type="date" name="through" defaultValue={lastDayOf(period)} />
        </label>
      </fieldset>
      {municipalities.length > 1 ? (
        <label>
          {t('cms.statistics.municipality')}{' '}
          <select name="municipality" defaultValue={municipality ?? ''}>
            <option value="">{t('cms.statistics.allMunicipalities')}</option>
            {municipalities.map(({ id, name }) => (
              <option key={id} value={id}>
                {name}
              </option>
            ))}
          </select>
        </label>
      ) : null}
      <button type="submit" className="btn btn--style-primary btn--size-medium">
        {t('cms.statistics.show')}
      </button>
    </form>
  )
}
