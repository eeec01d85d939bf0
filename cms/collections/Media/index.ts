import type { CollectionConfig } from 'payload'

import { anyone, canEditContent } from '../../access/roles'
import { dataDir } from '../../config/paths'
import path from 'node:path'

export const Media: CollectionConfig = {
  slug: 'media',
  labels: {
    singular: { sv: 'Media', en: 'Media' },
    plural: { sv: 'Media', en: 'Media' },
  },
  access: { read: anyone, create: canEditContent, update: canEditContent, delete: canEditContent },
  upload: {
    staticDir: path.join(dataDir, 'media'),
    mimeTypes: ['image/*'],
  },
  fields: [
    {
      name: 'alt',
      type: 'text',
      required: true,
      localized: true,
      label: { sv: 'Alternativtext', en: 'Alt text' },
      admin: {
        description: {
          sv: 'Beskriv bilden för den som inte ser den. Krävs för tillgänglighet.',
          en: 'Describe the image for someone who cannot see it. Required for accessibility.',
        },
      },
    },
  ],
}
