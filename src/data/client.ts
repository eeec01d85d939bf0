/** Where the build reads published content. The static site never talks to the CMS at run time. */
export const cmsUrl = (): string => (process.env.CMS_URL || 'http://localhost:3000').replace(/\/$/, '')

/** Where visitors' browsers reach the CMS: form posts and the live seat count. */
export const cmsPublicUrl = (): string => (process.env.CMS_PUBLIC_URL || cmsUrl()).replace(/\/$/, '')

/**
 * GETs JSON from the CMS REST API. Any failure stops the build with a message that says what to
 * do: a site built without its content must never ship.
 */
export async function fetchCms<T>(path: string): Promise<T> {
  const url = `${cmsUrl()}${path}`
  let response: Response
  try {
    response = await fetch(url, { headers: { accept: 'application/json' } })
  } catch (error) {
    // The message already names the cause in one line, as the build log shows it.
    // eslint-disable-next-line preserve-caught-error
    throw new Error(
      `Cannot reach the CMS at ${cmsUrl()} (${(error as Error).cause ?? (error as Error).message}). ` +
        'Start it (npm start does) or point CMS_URL at a running CMS; the site is not built without content.',
    )
  }
  if (!response.ok) {
    throw new Error(`The CMS answered ${response.status} for ${url}; the site is not built without content.`)
  }
  return (await response.json()) as T
}
