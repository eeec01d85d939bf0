import type React from 'react'
import type { CollectionSlug, Endpoint, PayloadRequest } from 'payload'
import type { z } from 'zod'

import { errorKeys, fieldErrors } from '../../src/forms/errors'
import { message } from '../../src/forms/messages'
import type { MunicipalityOption } from '../../src/components/islands/Field'
import { newReference } from '../domain/reference'
import { type RoutingInput, routeSubmission } from '../domain/routing'
import { htmlPage, siteUrl } from './page'
import { clientAddress } from './clientAddress'
import { consumeFormPost } from './rateLimit'
import { localeOf, looksLikeSpam, readBody } from './readBody'

const MIN_FILL_MS = 3000
type Locale = 'sv' | 'en'
const html = (body: string, status: number) => new Response(body, { status, headers: { 'content-type': 'text/html; charset=utf-8' } })

/** What distinguishes one public form from another; the flow around it is shared. */
export type FormSpec<S extends z.ZodType<{ municipality: string; district?: string }>> = {
  path: string
  collection: CollectionSlug
  schema: S
  title: (locale: Locale) => string
  /** The form again with errors, for a plain post (the same component the site renders). */
  renderForm: (props: { locale: Locale; action: string; municipalities: MunicipalityOption[]; privacyHref: string; values: Record<string, string>; errors: Record<string, string> }) => React.ReactElement
  routing: (data: z.infer<S>) => Pick<RoutingInput, 'kind' | 'services' | 'applicant'>
  /** The stored fields, beyond reference, status, routing and consent time. */
  document: (data: z.infer<S>, req: PayloadRequest) => Promise<Record<string, unknown>>
  receiptPath: (reference: string, locale: Locale) => string
}

async function municipalityOptions(req: PayloadRequest): Promise<MunicipalityOption[]> {
  const { docs } = await req.payload.find({ collection: 'municipalities', depth: 0, pagination: false, sort: 'name', req })
  return docs.map((m) => ({ id: String(m.id), name: m.name, districts: (m.districts ?? []).map((d) => ({ key: d.key, name: d.name })) }))
}

async function route(req: PayloadRequest, input: RoutingInput) {
  const [teams, municipality] = await Promise.all([
    req.payload.find({ collection: 'teams', where: { active: { equals: true } }, depth: 0, pagination: false, req }),
    req.payload.findByID({ collection: 'municipalities', id: input.municipality, depth: 0, req, disableErrors: true }),
  ])
  if (!municipality) return null
  return routeSubmission(
    input,
    teams.docs.map((team) => ({
      id: String(team.id),
      active: Boolean(team.active),
      municipalities: (team.municipalities ?? []).map(String),
      districts: team.districts ?? [],
      programmeAreas: team.programmeAreas ?? [],
      services: team.services ?? [],
      forms: team.forms ?? [],
    })),
    { id: String(municipality.id), districts: (municipality.districts ?? []).map((d) => d.key), fallbackTeam: municipality.fallbackTeam ? String(municipality.fallbackTeam) : null },
  )
}

/**
 * A public form endpoint: JSON or a plain post in; validated with the form's own schema, routed,
 * stored, and only then answered (201 JSON, or 303 to a receipt); 400 with field errors (JSON) or
 * the form again with an error summary and the input kept. Spam is refused without a CAPTCHA.
 */
export function submissionEndpoint<S extends z.ZodType<{ municipality: string; district?: string }>>(spec: FormSpec<S>): Endpoint {
  return {
    path: spec.path,
    method: 'post',
    handler: async (req) => {
      const body = await readBody(req)
      if (!body) return Response.json({ errors: { form: message('form.retry', 'sv') } }, { status: 400 })
      const { values, isJson } = body
      const locale = localeOf(values)
      const refuse = async (errors: Record<string, string>, status = 400, headers: HeadersInit = {}) => {
        if (isJson) return Response.json({ errors }, { status, headers })
        const privacyHref = `${siteUrl()}${locale === 'sv' ? '/personuppgifter/' : '/en/privacy/'}`
        const form = spec.renderForm({ locale, action: req.url ?? '', municipalities: await municipalityOptions(req), privacyHref, values: values as Record<string, string>, errors })
        const page = html(await htmlPage(locale, spec.title(locale), <><h1>{spec.title(locale)}</h1>{form}</>, siteUrl()), status)
        for (const [name, value] of new Headers(headers)) page.headers.set(name, value)
        return page
      }
      const waitSeconds = await consumeFormPost(req.payload, clientAddress(req.headers.get('x-forwarded-for')))
      if (waitSeconds !== null) {
        req.payload.logger.info(`${spec.path}: rate-limited`)
        return refuse({ form: message('form.rateLimited', locale) }, 429, { 'retry-after': String(waitSeconds) })
      }
      if (looksLikeSpam(values, Date.now(), MIN_FILL_MS)) {
        req.payload.logger.info(`${spec.path}: rejected as likely spam`)
        return refuse({ form: message('form.retry', locale) })
      }
      const parsed = spec.schema.safeParse(values)
      if (!parsed.success) {
        req.payload.logger.info(`${spec.path}: invalid (${errorKeys(parsed.error).join(', ')})`)
        return refuse(fieldErrors(parsed.error, locale))
      }
      const data = parsed.data
      const key = req.headers.get('idempotency-key')?.slice(0, 100) || undefined
      const previous = key
        ? ((await req.payload.find({ collection: spec.collection, where: { idempotencyKey: { equals: key } }, limit: 1, depth: 0, req })).docs[0] as { reference?: string } | undefined)
        : undefined
      let reference = previous?.reference
      if (!reference) {
        const routing = await route(req, { ...spec.routing(data), municipality: data.municipality, district: data.district })
        if (!routing) return refuse({ municipality: message('municipality.required', locale) })
        reference = newReference()
        // Create access is closed to everyone: this endpoint writes as the system, and only what
        // the form's schema accepted.
        await req.payload.create({
          collection: spec.collection,
          req,
          // Assembled generically for either form, so typed loosely here; the collection's own
          // field validation still checks every value before it is stored.
          data: {
            ...(await spec.document(data, req)),
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
          } as never,
        })
      }
      return isJson
        ? Response.json({ reference }, { status: 201 })
        : new Response(null, { status: 303, headers: { location: spec.receiptPath(reference, locale) } })
    },
  }
}
