'use client'
import { Button } from '@payloadcms/ui'
import { useId, useState } from 'react'

type Kind = 'interest-registrations' | 'applications' | 'bookings' | 'outbox'
type Texts = Record<
  'intro' | 'email' | 'phone' | 'search' | 'found' | 'downloadJson' | 'downloadHtml' | 'failed',
  string
>
type Answer = { report: { records: Record<Kind, { id: string; reference?: string }[]> }; html: string }

/** Payload's field markup and classes, so the search looks like every other admin field. */
function Input(props: {
  id: string
  type: 'email' | 'tel'
  label: string
  value: string
  onChange: (value: string) => void
}) {
  return (
    <div className="field-type text">
      <label className="field-label" htmlFor={props.id}>
        {props.label}
      </label>
      <div className="field-type__wrap">
        <input
          id={props.id}
          type={props.type}
          value={props.value}
          onChange={(event) => props.onChange(event.target.value)}
        />
      </div>
    </div>
  )
}

/** A file to save, made in the browser from the answer: the search never appears in a URL. */
const fileUrl = (content: string, type: string) => URL.createObjectURL(new Blob([content], { type }))

/** The search (posted, never in a URL), what it found per kind of record, and the two downloads. */
export function AccessRequestForm({ texts, kinds }: { texts: Texts; kinds: Record<Kind, string> }) {
  const ids = useId()
  const [email, setEmail] = useState('')
  const [phone, setPhone] = useState('')
  const [busy, setBusy] = useState(false)
  const [error, setError] = useState('')
  const [answer, setAnswer] = useState<(Answer & { json: string; page: string }) | null>(null)

  async function search(event: React.FormEvent) {
    event.preventDefault()
    setBusy(true)
    setError('')
    setAnswer(null)
    const response = await fetch('/api/access-request', {
      method: 'POST',
      credentials: 'include',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email, phone }),
    }).catch(() => null)
    setBusy(false)
    if (!response?.ok) return setError(texts.failed)
    const found = (await response.json()) as Answer
    setAnswer({
      ...found,
      json: fileUrl(JSON.stringify(found.report, null, 2), 'application/json'),
      page: fileUrl(found.html, 'text/html'),
    })
  }

  const records = answer?.report.records
  return (
    <>
      <p>{texts.intro}</p>
      <form onSubmit={search} autoComplete="off">
        <Input id={`${ids}-email`} type="email" label={texts.email} value={email} onChange={setEmail} />
        <Input id={`${ids}-phone`} type="tel" label={texts.phone} value={phone} onChange={setPhone} />
        <Button type="submit" disabled={busy || !(email.trim() || phone.trim())}>
          {texts.search}
        </Button>
      </form>
      {error ? <p role="alert">{error}</p> : null}
      {records ? (
        <section aria-live="polite" className="access-request__found">
          <h2>{texts.found}</h2>
          <ul>
            {(Object.keys(kinds) as Kind[]).map((kind) => (
              <li key={kind}>
                {kinds[kind]}: {records[kind].length}
                {records[kind].some((record) => record.reference)
                  ? ` (${records[kind].map((record) => record.reference).join(', ')})`
                  : null}
              </li>
            ))}
          </ul>
          <p>
            <a href={answer.json} download="registerutdrag.json">
              {texts.downloadJson}
            </a>{' '}
            ·{' '}
            <a href={answer.page} download="registerutdrag.html">
              {texts.downloadHtml}
            </a>
          </p>
        </section>
      ) : null}
    </>
  )
}
