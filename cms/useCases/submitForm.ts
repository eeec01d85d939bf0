import type React from 'react'
import type { PayloadRequest } from 'payload'
import type { z } from 'zod/mini'

import type { MunicipalityOption } from '../../core/forms/components/MunicipalityFields'
import type { FormTexts } from '../../core/forms/texts'
import { newReference } from '../../core/domain/reference'
import { text } from '../../core/i18n/text'
import { type RoutingInput, type RoutingResult, routeSubmission } from '../../core/domain/routing'
import { findByIdempotencyKey } from '../collections/idempotency'
import { organisation } from '../collections/organisation'
import { publicCreate } from '../collections/publicCreate'
import { inWriteTransaction } from '../config/writeTransaction'
import { acceptPost } from '../endpoints/acceptPost'
import { formPath, receiptPath } from '../urls'
import type { FormKind } from '../../core/domain/organisation'

type Locale = 'sv' | 'en'
type Located = { municipality: string; district?: string }

/** What distinguishes one public form from another; the flow around it is shared. */
export type FormSpec<S extends z.ZodMiniType<Located>> = {
  /** Names the endpoint (`/forms/interest`), its texts (`forms.interest.*`) and its receipt. */
  form: FormKind
  collection: 'interest-registrations' | 'applications'
  schema: S
  /** The form again with errors, for a plain post (the same component the site renders). */
  renderForm: (props: {
    locale: Locale
    texts: FormTexts
    action: string
    municipalities: MunicipalityOption[]
    privacyHref: string
    values: Record<string, string>
    errors: Record<string, string>
  }) => React.ReactElement
  routing: (data: z.infer<S>) => Pick<RoutingInput, 'services' | 'applicant'>
  /** The stored fields, beyond reference, status, routing and consent time. */
  document: (data: z.infer<S>, req: PayloadRequest) => Promise<Record<string, unknown>>
}

/**
 * Submits a public form: the post is accepted as every form's is (`acceptPost`), routed to the
 * responsible teams, stored, and only then answered (201 JSON, or 303 to a receipt); 400 with
 * field errors (JSON) or the form again with an error summary and the input kept. A retry with the
 * same idempotency key is answered with what the first stored.
 */
export async function submitForm<S extends z.ZodMiniType<Located>>(
  req: PayloadRequest,
  spec: FormSpec<S>,
): Promise<Response> {
  const accepted = await acceptPost(req, spec.schema, {
    name: formPath(spec.form),
    title: (locale) => text(locale, `forms.${spec.form}.title`),
    renderForm: async (props) =>
      spec.renderForm({ ...props, municipalities: await municipalityOptions(req) }),
  })
  if (!accepted.ok) return accepted.response
  const { data, locale, isJson, idempotencyKey: key, refuse } = accepted
  let reference = key ? await storedReference(req, spec.collection, key) : undefined
  if (!reference) {
    const routing = await route(req, {
      kind: spec.form,
      ...spec.routing(data),
      municipality: data.municipality,
      district: data.district,
    })
    if (!routing) return refuse({ municipality: text(locale, 'errors.municipality.required') })
    reference = await store(req, spec, data, { locale, routing, key })
  }
  return isJson
    ? Response.json({ reference }, { status: 201 })
    : new Response(null, { status: 303, headers: { location: receiptPath(spec.form, reference, locale) } })
}

async function municipalityOptions(req: PayloadRequest): Promise<MunicipalityOption[]> {
  const { docs } = await req.payload.find({
    collection: 'municipalities',
    depth: 0,
    pagination: false,
    sort: 'name',
    req,
  })
  return docs.map((m) => ({
    id: String(m.id),
    name: m.name,
    districts: (m.districts ?? []).map((d) => ({ key: d.key, name: d.name })),
  }))
}

async function storedReference(
  req: PayloadRequest,
  collection: FormSpec<never>['collection'],
  key: string,
): Promise<string | undefined> {
  return (await findByIdempotencyKey(req, collection, key, ['reference']))?.reference
}

async function route(req: PayloadRequest, input: RoutingInput): Promise<RoutingResult | null> {
  const { teams, municipalities } = await organisation(req)
  const municipality = municipalities.get(input.municipality)
  return municipality ? routeSubmission(input, teams, municipality) : null
}

/**
 * Create access is closed to everyone: this writes as the system, and only what the form's
 * schema accepted. Returns the new reference.
 */
async function store<S extends z.ZodMiniType<Located>>(
  req: PayloadRequest,
  spec: FormSpec<S>,
  data: z.infer<S>,
  { locale, routing, key }: { locale: Locale; routing: RoutingResult; key?: string },
): Promise<string> {
  const reference = newReference()
  const document = await spec.document(data, req)
  // The submission and its notification job (queued by its hook with this req) commit together.
  const stored = inWriteTransaction(req, () =>
    publicCreate(req, spec.collection, {
      ...document,
      municipality: data.municipality,
      district: data.district,
      reference,
      locale,
      status: 'new',
      consentAt: new Date().toISOString(),
      routedTeams: routing.teams,
      central: routing.central,
      routingExplanation: routing.explanation,
      idempotencyKey: key,
    }),
  )
  try {
    await stored
  } catch (error) {
    // The same post sent again while the first was stored (the form resent after a dropped
    // answer, with the same key): the one stored first answers both.
    const first = key ? await storedReference(req, spec.collection, key) : undefined
    if (!first) throw error
    return first
  }
  return reference
}
