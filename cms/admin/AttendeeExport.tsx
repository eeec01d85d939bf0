'use client'
import { useDocumentInfo } from '@payloadcms/ui'

/** A link to the evening's attendee list as CSV; the endpoint itself checks who may have it. */
export function AttendeeExport() {
  const { id } = useDocumentInfo()
  if (!id) return null
  return (
    <p>
      <a href={`/api/info-evenings/${id}/attendees.csv`} download>
        Ladda ner deltagarlistan (CSV) / Download the attendee list (CSV)
      </a>
    </p>
  )
}
