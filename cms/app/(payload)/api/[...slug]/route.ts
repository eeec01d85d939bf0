/* Payload's generated REST routes (blank template), each behind one guard for unknown paths. */
import config from '@payload-config'
import '@payloadcms/next/css'
import {
  REST_DELETE,
  REST_GET,
  REST_OPTIONS,
  REST_PATCH,
  REST_POST,
  REST_PUT,
} from '@payloadcms/next/routes'

import { isUnsupportedPath } from '../../../../api/unsupportedPath'
import { registerPublicPostHandler } from '../../../../server/publicPosts.mjs'

type Handler = (request: Request, context: { params: Promise<{ slug: string[] }> }) => Promise<Response>

const notFound = () => Response.json({ errors: [{ message: 'Not Found' }] }, { status: 404 })

const guarded =
  (handler: Handler): Handler =>
  async (request, context) => {
    const [{ slug }, { collections, globals }] = await Promise.all([context.params, config])
    return isUnsupportedPath(slug ?? [], collections, globals) ? notFound() : handler(request, context)
  }

export const GET = guarded(REST_GET(config))
export const POST = guarded(REST_POST(config))
// The CMS server answers public form and booking posts with this, without Next's pipeline.
registerPublicPostHandler(POST)
export const DELETE = guarded(REST_DELETE(config))
export const PATCH = guarded(REST_PATCH(config))
export const PUT = guarded(REST_PUT(config))
export const OPTIONS = REST_OPTIONS(config)
