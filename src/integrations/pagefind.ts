import { fileURLToPath } from 'node:url'

import type { AstroIntegration } from 'astro'
import * as pagefind from 'pagefind'

/**
 * Builds the site-search index after every `astro build`, so search needs no server. Pagefind
 * reads each page's `lang` and indexes Swedish and English separately.
 */
export function pagefindIndex(): AstroIntegration {
  return {
    name: 'kontaktportalen-pagefind',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const { index, errors } = await pagefind.createIndex({})
        if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`)
        const site = fileURLToPath(dir)
        const { page_count: pages } = await index.addDirectory({ path: site })
        await index.writeFiles({ outputPath: `${site}/pagefind` })
        await pagefind.close()
        logger.info(`search index: ${pages} pages`)
      },
    },
  }
}
