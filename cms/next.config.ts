import { withPayload } from '@payloadcms/next/withPayload'
import type { NextConfig } from 'next'
import path from 'node:path'

// Next runs with `cms/` as its directory while node_modules lives at the repository root.
const root = path.resolve(process.cwd().endsWith('/cms') ? '..' : '.')
// Next compiles this file on its own, where relative imports do not resolve: load by full path.
const headersModule = path.join(root, 'cms', 'config', 'securityHeaders.mjs')

const nextConfig: NextConfig = {
  turbopack: { root },
  outputFileTracingRoot: root,
  images: { localPatterns: [{ pathname: '/api/media/file/**' }] },
  poweredByHeader: false,
  headers: async () => {
    const { securityHeaders } = (await import(
      /* webpackIgnore: true */ headersModule
    )) as typeof import('./config/securityHeaders.mjs')
    return securityHeaders(process.env.NODE_ENV === 'development')
  },
}

export default withPayload(nextConfig, { devBundleServerPackages: false })
