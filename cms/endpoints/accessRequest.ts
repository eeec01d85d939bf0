import type { Endpoint } from 'payload'

import { personOf } from '../../core/domain/accessRequest'
import { hasRole } from '../access/roles'
import { reportHtml } from '../admin/accessRequest/report'
import { accessRequest } from '../useCases/accessRequest'
import { readBody } from './readBody'

/**
 * POST /api/access-request `{ email?, phone? }` (JSON), admins only: everything the portal holds
 * about that person, as `{ report, html }` (the admin view offers both for download). The search
 * is posted, never put in a URL, and the access log records it. 400 without an address or number.
 */
export const accessRequestEndpoint: Endpoint = {
  path: '/access-request',
  method: 'post',
  handler: async (req) => {
    const { user } = req
    if (!user) return Response.json({ error: 'sign in' }, { status: 401 })
    if (!hasRole(user, 'admin')) return Response.json({ error: 'admins only' }, { status: 403 })
    const body = await readBody(req)
    if (!body || body === 'too-large' || !body.isJson)
      return Response.json({ error: 'send JSON' }, { status: 400 })
    const person = personOf(body.values)
    if (!person) return Response.json({ error: 'an e-mail address or a phone number' }, { status: 400 })
    const report = await accessRequest(req, user, person)
    const html = await reportHtml(req.payload, report)
    return Response.json({ report, html }, { headers: { 'cache-control': 'no-store' } })
  },
}
