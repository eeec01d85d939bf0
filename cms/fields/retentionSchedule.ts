import type { GroupField } from 'payload'

import { RETENTION_KEYS, retentionDefaults } from '../../core/domain/retention'
import { everyLocale } from '../../core/i18n/locales'
import { type TextKey, label, text } from '../../core/i18n/text'

/** Why a period is what it is, where the records decision does not say it. */
const WHY: Partial<Record<(typeof RETENTION_KEYS)[number], TextKey>> = {
  statisticsHorizonDays: 'collections.municipalities.retention.why.statisticsHorizonDays',
}

/**
 * A municipality's retention schedule, set by admins from its records decision. A blank field
 * takes the default from the environment, which each field's description names.
 */
export const retentionScheduleField = (): GroupField => {
  const defaults = retentionDefaults()
  return {
    name: 'retention',
    type: 'group',
    label: label('collections.municipalities.retention.label'),
    admin: { description: label('collections.municipalities.retention.description') },
    fields: RETENTION_KEYS.map((key) => ({
      name: key,
      type: 'number' as const,
      min: 0,
      label: label(`collections.municipalities.retention.fields.${key}`),
      admin: {
        description: everyLocale((locale) =>
          [
            ...(WHY[key] ? [text(locale, WHY[key])] : []),
            text(locale, 'collections.municipalities.retention.blank', { default: defaults[key] }),
          ].join(' '),
        ),
      },
    })),
  }
}
