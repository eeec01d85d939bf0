import type { Endpoint } from 'payload'

import { type SubmissionSlug, handOver } from '../useCases/handOver'
import { readBody } from './readBody'

/**
 * POST /api/<collection>/:id/hand-over `{ toTeam, reason, fromTeam? }` (JSON): hands the record
 * to another team (cms/useCases/handOver decides who may and what follows). 200
 * `{ routedTeams, keepsAccess }`, or 400, 401, 403 or 404 with `{ error }`.
 */
export const handOverEndpoint = (collection: SubmissionSlug): Endpoint => ({
  path: '/:id/hand-over',
  method: 'post',
  handler: async (req) => {
    if (!req.user) return Response.json({ error: 'sign in' }, { status: 401 })
    const body = await readBody(req)
    if (!body || body === 'too-large' || !body.isJson)
      return Response.json({ error: 'send JSON' }, { status: 400 })
    const result = await handOver(req, collection, String(req.routeParams?.id ?? ''), body.values)
    const { status, ...answer } = result
    return Response.json(answer, { status, headers: { 'cache-control': 'no-store' } })
  },
})
