'use client'
import { Button, toast } from '@payloadcms/ui'
import { useRouter } from 'next/navigation'
import { useId, useRef, useState } from 'react'

import { fill } from '../../core/i18n/text'
import { MAX_REASON_LENGTH } from '../../core/domain/handOver'

type Team = { id: string; name: string }
type Texts = Record<
  | 'heading'
  | 'intro'
  | 'fromTeam'
  | 'toTeam'
  | 'choose'
  | 'reason'
  | 'reasonHint'
  | 'submit'
  | 'confirm'
  | 'confirmButton'
  | 'cancel'
  | 'done'
  | 'failed'
  | 'noTargets',
  string
>

const box = { display: 'block', width: '100%', marginBottom: 'var(--base)' } as const

/**
 * Choose the receiving team, give a reason, confirm. No <form> of its own: the panel sits inside
 * the document's form, and its inputs are not document fields.
 */
export function HandOverForm(props: {
  endpoint: string
  listUrl: string
  reference: string
  from: Team[]
  to: Team[]
  texts: Texts
}) {
  const { texts, from, to, reference } = props
  const ids = useId()
  const router = useRouter()
  const [fromTeam, setFromTeam] = useState(from.length === 1 ? from[0].id : '')
  const [toTeam, setToTeam] = useState('')
  const [reason, setReason] = useState('')
  const [confirming, setConfirming] = useState(false)
  const [busy, setBusy] = useState(false)
  const [error, setError] = useState('')
  const confirmRef = useRef<HTMLDivElement>(null)
  const teamName = to.find((team) => team.id === toTeam)?.name ?? ''
  const ready = Boolean(toTeam && reason.trim() && (from.length <= 1 || fromTeam))

  async function send() {
    setBusy(true)
    setError('')
    const response = await fetch(props.endpoint, {
      method: 'POST',
      credentials: 'include',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ toTeam, reason, ...(fromTeam ? { fromTeam } : {}) }),
    }).catch(() => null)
    setBusy(false)
    if (!response?.ok) {
      setConfirming(false)
      setError(texts.failed)
      return
    }
    const { keepsAccess } = (await response.json()) as { keepsAccess: boolean }
    toast.success(fill(texts.done, { reference, team: teamName }))
    if (keepsAccess) {
      setConfirming(false)
      setReason('')
      setToTeam('')
      router.refresh()
    } else router.push(props.listUrl)
  }

  const teamSelect = (side: 'from' | 'to', teams: Team[], value: string, onChange: (id: string) => void) => (
    <TeamSelect
      id={`${ids}-${side}`}
      label={texts[`${side}Team`]}
      choose={texts.choose}
      teams={teams}
      value={value}
      onChange={onChange}
      disabled={confirming}
    />
  )

  return (
    <section
      className="hand-over"
      aria-labelledby={`${ids}-heading`}
      style={{ marginBottom: 'calc(var(--base) * 2)' }}
    >
      <h3 id={`${ids}-heading`}>{texts.heading}</h3>
      {to.length === 0 ? (
        <p>{texts.noTargets}</p>
      ) : (
        <>
          <p style={{ color: 'var(--theme-elevation-650)' }}>{texts.intro}</p>
          {from.length > 1 && teamSelect('from', from, fromTeam, setFromTeam)}
          {teamSelect('to', to, toTeam, setToTeam)}
          <label htmlFor={`${ids}-reason`}>{texts.reason}</label>
          <textarea
            id={`${ids}-reason`}
            value={reason}
            required
            rows={3}
            maxLength={MAX_REASON_LENGTH}
            aria-describedby={`${ids}-hint`}
            onChange={(event) => setReason(event.target.value)}
            disabled={confirming}
            style={{ ...box, marginBottom: 0 }}
          />
          <p id={`${ids}-hint`} style={{ color: 'var(--theme-elevation-650)', marginTop: 4 }}>
            {texts.reasonHint}
          </p>
          {confirming ? (
            <div ref={confirmRef} tabIndex={-1} role="group" aria-labelledby={`${ids}-confirm`}>
              <p id={`${ids}-confirm`}>{fill(texts.confirm, { reference, team: teamName })}</p>
              <Button type="button" buttonStyle="primary" size="small" disabled={busy} onClick={send}>
                {texts.confirmButton}
              </Button>{' '}
              <Button type="button" buttonStyle="secondary" size="small" onClick={() => setConfirming(false)}>
                {texts.cancel}
              </Button>
            </div>
          ) : (
            <Button
              type="button"
              buttonStyle="secondary"
              size="small"
              disabled={!ready}
              onClick={() => {
                setConfirming(true)
                requestAnimationFrame(() => confirmRef.current?.focus())
              }}
            >
              {texts.submit}
            </Button>
          )}
          {error && <p role="alert">{error}</p>}
        </>
      )}
    </section>
  )
}

function TeamSelect(props: {
  id: string
  label: string
  choose: string
  teams: Team[]
  value: string
  onChange: (value: string) => void
  disabled: boolean
}) {
  return (
    <>
      <label htmlFor={props.id}>{props.label}</label>
      <select
        id={props.id}
        value={props.value}
        required
        onChange={(event) => props.onChange(event.target.value)}
        disabled={props.disabled}
        style={box}
      >
        <option value="">{props.choose}</option>
        {props.teams.map((team) => (
          <option key={team.id} value={team.id}>
            {team.name}
          </option>
        ))}
      </select>
    </>
  )
}
