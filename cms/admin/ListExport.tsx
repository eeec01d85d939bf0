'use client'
import { useListQuery, useTranslation } from '@payloadcms/ui'

import { asLocale } from '../../core/i18n/locales'
import { text } from '../../core/i18n/text'
import { exportPath } from './whereQuery'

/** Above a submission list: the list as filtered on screen, as CSV; the endpoint reads it with the user's access. */
export function ListExport({ collectionSlug }: { collectionSlug: string }) {
  const { query } = useListQuery()
  const { i18n } = useTranslation()
  const href = exportPath(
    collectionSlug,
    query.where,
    typeof query.sort === 'string' ? query.sort : undefined,
  )
  return (
    <p className="list-export">
      <a href={href} download>
        {text(asLocale(i18n.language), 'cms.listExport.button')}
      </a>
    </p>
  )
}
