import type { CollectionConfig } from 'payload'

import { label } from '../../../core/i18n/text'
import { ROLES, adminOrSelf, isAdmin, isAdminField } from '../../access/roles'
import { selfOrTeammates } from '../../access/teams'
import { openOnActionQueue } from '../../admin/actionQueue'
import { isDemo } from '../../config/mode'
import { refuseWeakPassword } from './passwordPolicy'

const roleLabels = {
  admin: label('collections.users.roles.admin'),
  communications: label('collections.users.roles.communications'),
  recruiter: label('collections.users.roles.recruiter'),
  intake: label('collections.users.roles.intake'),
  'data-protection': label('collections.users.roles.dataProtection'),
} as const

export const Users: CollectionConfig = {
  slug: 'users',
  labels: {
    singular: label('collections.users.singular'),
    plural: label('collections.users.plural'),
  },
  // The session cookie is Secure outside the demo, which alone runs on plain http (localhost).
  auth: { maxLoginAttempts: 5, lockTime: 10 * 60 * 1000, cookies: { secure: !isDemo() } },
  admin: { useAsTitle: 'email', defaultColumns: ['name', 'email', 'roles'] },
  hooks: { beforeOperation: [refuseWeakPassword], afterChange: [openOnActionQueue] },
  access: {
    create: isAdmin,
    read: selfOrTeammates,
    update: adminOrSelf,
    delete: isAdmin,
    // Payload lets any signed-in user unlock any account unless this is set (GHSA-jg8r-5jh2-v2xj).
    unlock: isAdmin,
  },
  fields: [
    { name: 'name', type: 'text', label: label('collections.users.fields.name') },
    {
      name: 'roles',
      type: 'select',
      hasMany: true,
      required: true,
      defaultValue: ['communications'],
      label: label('collections.users.fields.roles'),
      // Only an admin may grant roles: a user editing their own account must not promote themselves.
      access: { create: isAdminField, update: isAdminField },
      options: ROLES.map((value) => ({ value, label: roleLabels[value] })),
    },
    {
      name: 'teams',
      type: 'relationship',
      relationTo: 'teams',
      hasMany: true,
      label: label('collections.users.fields.teams'),
      access: { create: isAdminField, update: isAdminField },
    },
  ],
}
