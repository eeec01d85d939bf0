import { withPayload } from '@payloadcms/next/withPayload'
import type { NextConfig } from 'next'
import path from 'node:path'

// Next runs with `cms/` as its directory while node_modules lives at the repository root.
const root = path.resolve(process.cwd().endsWith('/cms') ? '..' : '.')

const nextConfig: NextConfig = {
  turbopack: { root },
  outputFileTracingRoot: root,
  images: { localPatterns: [{ pathname: '/api/media/file/**' }] },
}

export default withPayload(nextConfig, { devBundleServerPackages: false })
