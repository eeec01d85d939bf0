import type { CollectionConfig } from 'payload'

import { label } from '../../../core/i18n/text'
import { anyone, canEditContent } from '../../access/roles'
import { dataDir } from '../../config/paths'
import path from 'node:path'

export const Media: CollectionConfig = {
  slug: 'media',
  labels: {
    singular: label('collections.media.singular'),
    plural: label('collections.media.plural'),
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
      label: label('collections.media.fields.alt'),
      admin: {
        description: label('collections.media.descriptions.alt'),
      },
    },
  ],
}
