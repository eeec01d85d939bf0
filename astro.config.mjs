// @ts-check
import preact from '@astrojs/preact'
import { defineConfig } from 'astro/config'

import { pagefindIndex } from './src/integrations/pagefind'
import { securityHeadersFile } from './src/integrations/securityHeaders'

export default defineConfig({
  site: process.env.SITE_URL || 'http://localhost:4321',
  output: 'static',
  trailingSlash: 'ignore',
  // Inline CSS (for Lighthouse on mobile) stays allowed under the CSP by hash: see securityHeaders.ts.
  build: { format: 'directory', inlineStylesheets: 'always' },
  i18n: {
    locales: ['sv', 'en'],
    defaultLocale: 'sv',
    routing: { prefixDefaultLocale: false },
  },
  // The site renders its components with Preact (React's API through preact/compat): a form island's
  // runtime is a tenth of React DOM's. The CMS renders the same components with React.
  integrations: [preact({ compat: true }), pagefindIndex(), securityHeadersFile()],
  // Page images live in the CMS's Media; the build fetches them from there and converts them.
  image: { domains: [new URL(process.env.CMS_URL || 'http://localhost:3000').hostname] },
  // The CMS lives in cms/ with its own toolchain; Vite must not scan it.
  vite: { server: { watch: { ignored: ['**/cms/**', '**/.data/**'] } } },
})
