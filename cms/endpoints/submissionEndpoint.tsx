import type React from 'react'
import type { CollectionSlug, Endpoint, PayloadRequest } from 'payload'
import type { z } from 'zod'

import { text } from '../../core/i18n/text'
import type { MunicipalityOption } from '../../core/forms/components/Field'
import { newReference } from '../../core/domain/reference'
import { type RoutingInput, routeSubmission } from '../../core/domain/routing'
import { acceptPost } from './acceptPost'

type Locale = 'sv' | 'en'

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
 * A public form endpoint: accepted as every form is (`acceptPost`), then routed, stored, and only
 * then answered (201 JSON, or 303 to a receipt); 400 with field errors (JSON) or the form again
 * with an error summary and the input kept.
 */
export function submissionEndpoint<S extends z.ZodType<{ municipality: string; district?: string }>>(spec: FormSpec<S>): Endpoint {
  return {
    path: spec.path,
    method: 'post',
    handler: async (req) => {
      const accepted = await acceptPost(req, spec.schema, {
        name: spec.path,
        title: spec.title,
        renderForm: async (props) => spec.renderForm({ ...props, municipalities: await municipalityOptions(req) }),
      })
      if (!accepted.ok) return accepted.response
      const { data, locale, isJson, idempotencyKey: key, refuse } = accepted
      const previous = key
        ? ((await req.payload.find({ collection: spec.collection, where: { idempotencyKey: { equals: key } }, limit: 1, depth: 0, req })).docs[0] as { reference?: string } | undefined)
        : undefined
      let reference = previous?.reference
      if (!reference) {
        const routing = await route(req, { ...spec.routing(data), municipality: data.municipality, district: data.district })
        if (!routing) return refuse({ municipality: text(locale, 'errors.municipality.required') })
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
