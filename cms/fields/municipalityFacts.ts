import type { Field, GroupField } from 'payload'

import { INSURANCE_COVER, isPhoneNumber, isWebLink } from '../../core/domain/municipalityFacts'
import { type TextKey, label } from '../../core/i18n/text'

const phoneField = (name: string): Field => ({
  name,
  type: 'text',
  label: label('collections.municipalities.facts.fields.phone'),
  validate: (value: string | null | undefined) =>
    !value ||
    isPhoneNumber(value) ||
    'Skriv ett telefonnummer med siffror, till exempel 08-123 45 67 / Write a phone number in digits',
})

const linkField: Field = {
  name: 'url',
  type: 'text',
  label: label('collections.municipalities.facts.fields.url'),
  admin: { description: label('collections.municipalities.facts.descriptions.url') },
  validate: (value: string | null | undefined) =>
    !value ||
    isWebLink(value) ||
    'Skriv hela adressen, med https:// / Write the whole address, with https://',
}

const contact = (name: string, texts: { label: TextKey; description: TextKey }): GroupField => ({
  name,
  type: 'group',
  label: label(texts.label),
  admin: { description: label(texts.description) },
  fields: [
    phoneField('phone'),
    {
      name: 'hours',
      type: 'text',
      localized: true,
      label: label('collections.municipalities.facts.fields.hours'),
    },
  ],
})

/**
 * What the municipality tells residents on its page, and what the service pages point to: who to
 * call (to volunteer, to ask for support, and the social emergency service after hours), its fee
 * and expense levels, the support and training it really offers, and whether it insures volunteers.
 */
export const municipalityFactsField = (): GroupField => ({
  name: 'facts',
  type: 'group',
  label: label('collections.municipalities.facts.label'),
  admin: { description: label('collections.municipalities.facts.description') },
  fields: [
    contact('volunteerContact', {
      label: 'collections.municipalities.facts.volunteerContact.label',
      description: 'collections.municipalities.facts.volunteerContact.description',
    }),
    contact('supportContact', {
      label: 'collections.municipalities.facts.supportContact.label',
      description: 'collections.municipalities.facts.supportContact.description',
    }),
    contact('emergency', {
      label: 'collections.municipalities.facts.emergency.label',
      description: 'collections.municipalities.facts.emergency.description',
    }),
    {
      name: 'fees',
      type: 'group',
      label: label('collections.municipalities.facts.fees.label'),
      admin: { description: label('collections.municipalities.facts.fees.description') },
      fields: [
        {
          name: 'text',
          type: 'textarea',
          localized: true,
          label: label('collections.municipalities.facts.fields.text'),
        },
        linkField,
      ],
    },
    {
      name: 'volunteerSupport',
      type: 'textarea',
      localized: true,
      label: label('collections.municipalities.facts.volunteerSupport.label'),
      admin: { description: label('collections.municipalities.facts.volunteerSupport.description') },
    },
    {
      name: 'insurance',
      type: 'group',
      label: label('collections.municipalities.facts.insurance.label'),
      fields: [
        {
          name: 'covered',
          type: 'select',
          label: label('collections.municipalities.facts.insurance.covered'),
          options: INSURANCE_COVER.map((value) => ({
            value,
            label: label(`collections.municipalities.facts.insurance.options.${value}`),
          })),
          admin: { description: label('collections.municipalities.facts.insurance.blank') },
        },
        {
          name: 'text',
          type: 'textarea',
          localized: true,
          label: label('collections.municipalities.facts.fields.text'),
        },
        linkField,
      ],
    },
  ],
})
