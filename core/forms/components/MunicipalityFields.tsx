import type { Translate } from '../texts'
import { Field } from './Field'
import { type Answers, textValue } from './FormParts'

/** A municipality as the forms offer it, with the district administrations to route within it. */
export type MunicipalityOption = { id: string; name: string; districts: { key: string; name: string }[] }

type MunicipalityFieldsProps = Answers & { municipalities: MunicipalityOption[]; t: Translate }

/** Municipality, then district grouped by municipality: both forms route on these two answers. */
export function MunicipalityFields({ municipalities, values, errors, t }: MunicipalityFieldsProps) {
  const municipality = textValue(values, 'municipality')
  const district = textValue(values, 'district')
  const error = errors.municipality
  return (
    <>
      <Field id="municipality" label={t('forms.shared.municipality')} error={error}>
        {(describedBy) => (
          <select
            className="form-select"
            id="municipality"
            name="municipality"
            defaultValue={municipality}
            aria-describedby={describedBy}
            aria-invalid={Boolean(error)}
          >
            <option value="">{t('forms.shared.chooseMunicipality')}</option>
            {municipalities.map((m) => (
              <option key={m.id} value={m.id}>
                {m.name}
              </option>
            ))}
          </select>
        )}
      </Field>
      <Field id="district" label={t('forms.shared.district')} hint={t('forms.shared.districtHint')}>
        {(describedBy) => (
          <select
            className="form-select"
            id="district"
            name="district"
            defaultValue={district}
            aria-describedby={describedBy}
          >
            <option value="">{t('forms.shared.noDistrict')}</option>
            {municipalities
              .filter((m) => m.districts.length)
              .map((m) => (
                <optgroup key={m.id} label={m.name}>
                  {m.districts.map((d) => (
                    <option key={d.key} value={d.key}>
                      {d.name}
                    </option>
                  ))}
                </optgroup>
              ))}
          </select>
        )}
      </Field>
    </>
  )
}
