/**
 * The live-preview address of a draft: same origin as the admin, so the preview route reads the
 * draft with the editor's own session.
 */
export const previewUrl =
  (collection: 'pages' | 'campaigns' | 'info-evenings') =>
  ({ data, locale }: { data: Record<string, unknown>; locale: { code: string } }) =>
    `/preview/${collection}/${String(data.id)}?locale=${locale.code}`
