'use client'
import { Button, useConfig } from '@payloadcms/ui'
import { useRouter } from 'next/navigation'
import { useId, useState } from 'react'

import { stockholmWallTime } from '../../../core/domain/stockholmTime'

type Option = { value: string; label: string }
type StoredContact = { id: string; kind: string; note?: string | null }

export type CaseCardActionsProps = {
  collection: string
  id: string
  steps: Option[]
  kinds: Option[]
  /** The stored contact-log lines, sent back as they are so that a new line is added after them. */
  stored: StoredContact[]
  /** Who may be responsible (the routed teams' staff the viewer can read), and the current plan. */
  people: Option[]
  plan: { responsible: string; nextAction: string; nextActionDay: string }
  texts: Record<
    | 'moveTo'
    | 'ended'
    | 'addContact'
    | 'contactKind'
    | 'contactNote'
    | 'saveFailed'
    | 'plan'
    | 'responsible'
    | 'nobody'
    | 'nextAction'
    | 'nextActionDate'
    | 'savePlan',
    string
  >
}

/**
 * What a staff member does from the case card: move the case on, log a contact, name who holds it
 * and what comes next. Each saves at
 * once through the REST API with their own session (the server stamps time and author), then the
 * page reloads its data so the card, history and form show what was stored.
 */
export function CaseCardActions(props: CaseCardActionsProps) {
  const { collection, id, steps, kinds, stored, people, texts } = props
  const { config } = useConfig()
  const router = useRouter()
  const [busy, setBusy] = useState(false)
  const [failed, setFailed] = useState(false)
  const [kind, setKind] = useState(kinds[0]?.value ?? '')
  const [note, setNote] = useState('')
  const [plan, setPlan] = useState(props.plan)
  const fieldId = useId()

  async function save(data: Record<string, unknown>) {
    setBusy(true)
    setFailed(false)
    const response = await fetch(`${config.routes.api}/${collection}/${id}?depth=0`, {
      method: 'PATCH',
      credentials: 'include',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(data),
    }).catch(() => null)
    setBusy(false)
    if (!response?.ok) return setFailed(true)
    setNote('')
    router.refresh()
  }

  return (
    <div className="case-card__actions">
      <h3 className="case-card__subheading">{texts.moveTo}</h3>
      {steps.length ? (
        <div className="case-card__steps">
          {steps.map((step, index) => (
            <Button
              key={step.value}
              buttonStyle={index === 0 ? 'primary' : 'secondary'}
              size="small"
              margin={false}
              disabled={busy}
              onClick={() => save({ status: step.value })}
            >
              {step.label}
            </Button>
          ))}
        </div>
      ) : (
        <p>{texts.ended}</p>
      )}
      {/* Inside the document's own form: a group, not a nested form, and a plain button. */}
      <div className="case-card__contact" role="group" aria-labelledby={`${fieldId}-heading`}>
        <h3 className="case-card__subheading" id={`${fieldId}-heading`}>
          {texts.addContact}
        </h3>
        <label htmlFor={`${fieldId}-kind`}>{texts.contactKind}</label>
        <Choice id={`${fieldId}-kind`} value={kind} options={kinds} onChange={setKind} />
        <label htmlFor={`${fieldId}-note`}>{texts.contactNote}</label>
        <textarea
          id={`${fieldId}-note`}
          rows={2}
          value={note}
          onChange={(event) => setNote(event.target.value)}
        />
        <Button
          buttonStyle="secondary"
          size="small"
          margin={false}
          disabled={busy}
          onClick={() => save({ contactLog: [...stored, { kind, note }] })}
        >
          {texts.addContact}
        </Button>
      </div>
      <div className="case-card__contact" role="group" aria-labelledby={`${fieldId}-plan`}>
        <h3 className="case-card__subheading" id={`${fieldId}-plan`}>
          {texts.plan}
        </h3>
        <label htmlFor={`${fieldId}-responsible`}>{texts.responsible}</label>
        <Choice
          id={`${fieldId}-responsible`}
          value={plan.responsible}
          options={[{ value: '', label: texts.nobody }, ...people]}
          onChange={(responsible) => setPlan({ ...plan, responsible })}
        />
        <label htmlFor={`${fieldId}-action`}>{texts.nextAction}</label>
        <input
          id={`${fieldId}-action`}
          value={plan.nextAction}
          onChange={(event) => setPlan({ ...plan, nextAction: event.target.value })}
        />
        <label htmlFor={`${fieldId}-day`}>{texts.nextActionDate}</label>
        <input
          id={`${fieldId}-day`}
          type="date"
          value={plan.nextActionDay}
          onChange={(event) => setPlan({ ...plan, nextActionDay: event.target.value })}
        />
        <Button
          buttonStyle="secondary"
          size="small"
          margin={false}
          disabled={busy}
          onClick={() =>
            save({
              responsible: plan.responsible || null,
              nextAction: plan.nextAction,
              // Noon in Stockholm: the chosen day whatever the time zone it is read in.
              nextActionAt: plan.nextActionDay
                ? stockholmWallTime(plan.nextActionDay, '12:00').toISOString()
                : null,
            })
          }
        >
          {texts.savePlan}
        </Button>
      </div>
      {failed ? <p role="alert">{texts.saveFailed}</p> : null}
    </div>
  )
}

function Choice(props: { id: string; value: string; options: Option[]; onChange: (value: string) => void }) {
  return (
    <select id={props.id} value={props.value} onChange={(event) => props.onChange(event.target.value)}>
      {props.options.map((option) => (
        <option key={option.value} value={option.value}>
          {option.label}
        </option>
      ))}
    </select>
  )
}
