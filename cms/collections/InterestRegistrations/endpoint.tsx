import type { Endpoint, PayloadRequest } from 'payload'

import { fieldErrors, errorKeys } from '../../../src/forms/errors'
import { InterestRegistrationSchema } from '../../../src/forms/interestRegistration'
import { interestLabels } from '../../../src/forms/interestLabels'
import { message } from '../../../src/forms/messages'
import { InterestFormFields } from '../../../src/components/islands/InterestFormFields'
import { newReference } from '../../domain/reference'
import { routeSubmission } from '../../domain/routing'
import { htmlPage, siteUrl } from '../../forms/page'
import { localeOf, looksLikeSpam, readBody } from '../../forms/readBody'
import { receiptPath } from './receipt'

const MIN_FILL_MS = 3000
const html = (body: string, status: number) => new Response(body, { status, headers: { 'content-type': 'text/html; charset=utf-8' } })

async function municipalityOptions(req: PayloadRequest) {
  const { docs } = await req.payload.find({ collection: 'municipalities', depth: 0, pagination: false, sort: 'name', req })
  return docs.map((m) => ({ id: String(m.id), name: m.name, districts: (m.districts ?? []).map((d) => ({ key: d.key, name: d.name })) }))
}

/** Stores the registration with its routing; answers only once it is stored. */
type Municipality = NonNullable<Awaited<ReturnType<typeof findMunicipality>>>

const findMunicipality = (req: PayloadRequest, id: string) =>
  req.payload.findByID({ collection: 'municipalities', id, depth: 0, req, disableErrors: true })

async function store(req: PayloadRequest, data: ReturnType<typeof InterestRegistrationSchema.parse>, municipality: Municipality, idempotencyKey: string | undefined) {
  const [teams, campaign] = await Promise.all([
    req.payload.find({ collection: 'teams', where: { active: { equals: true } }, depth: 0, pagination: false, req }),
    data.campaign ? req.payload.find({ collection: 'campaigns', where: { slug: { equals: data.campaign } }, depth: 0, limit: 1, req }) : null,
  ])
  const routing = routeSubmission(
    { kind: 'interest', municipality: data.municipality, district: data.district, services: data.services },
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
  const { consent: _, campaign: __, ...fields } = data
  // The public may not create registrations through the API (create access is closed): this
  // endpoint writes as the system, after validating every field with the form's own schema.
  const doc = await req.payload.create({
    collection: 'interest-registrations',
    req,
    data: {
      ...fields,
      campaign: campaign?.docs[0]?.id,
      reference: newReference(),
      status: 'new',
      consentAt: new Date().toISOString(),
      routedTeams: routing.teams,
      central: routing.central,
      routingExplanation: routing.explanation,
      idempotencyKey,
    },
  })
  return doc.reference
}

export const interestEndpoint: Endpoint = {
  path: '/forms/interest',
  method: 'post',
  handler: async (req) => {
    const body = await readBody(req)
    if (!body) return Response.json({ errors: { form: message('form.retry', 'sv') } }, { status: 400 })
    const { values, isJson } = body
    const locale = localeOf(values)
    const text = interestLabels[locale]
    const municipalities = async () => municipalityOptions(req)
    const showForm = async (errors: Record<string, string>) =>
      html(await htmlPage(locale, text.title, <InterestFormFields locale={locale} action={req.url ?? ''} privacyHref={`${siteUrl()}${locale === 'sv' ? '/personuppgifter/' : '/en/privacy/'}`} municipalities={await municipalities()} values={values as Record<string, string>} errors={errors} />, siteUrl()), 400)

    if (looksLikeSpam(values, Date.now(), MIN_FILL_MS)) {
      req.payload.logger.info('forms/interest: rejected as likely spam')
      const errors = { form: message('form.retry', locale) }
      return isJson ? Response.json({ errors }, { status: 400 }) : showForm(errors)
    }
    const parsed = InterestRegistrationSchema.safeParse(values)
    const municipality = parsed.success ? await findMunicipality(req, parsed.data.municipality) : null
    if (!parsed.success || !municipality) {
      const errors = parsed.success ? { municipality: message('municipality.required', locale) } : fieldErrors(parsed.error, locale)
      req.payload.logger.info(`forms/interest: invalid (${parsed.success ? 'municipality:unknown' : errorKeys(parsed.error).join(', ')})`)
      return isJson ? Response.json({ errors }, { status: 400 }) : showForm(errors)
    }
    const key = req.headers.get('idempotency-key')?.slice(0, 100) || undefined
    const previous = key
      ? (await req.payload.find({ collection: 'interest-registrations', where: { idempotencyKey: { equals: key } }, limit: 1, depth: 0, req })).docs[0]
      : undefined
    const reference = previous?.reference ?? (await store(req, parsed.data, municipality, key))
    return isJson
      ? Response.json({ reference }, { status: 201 })
      : new Response(null, { status: 303, headers: { location: receiptPath(reference, locale) } })
  },
}
