/** What the REST router needs to know of a collection or global: its slug and whether it keeps versions. */
export type Versioned = { slug: string; versions?: unknown }

/**
 * Payload answers a versions route of a collection or global that keeps no versions with a 500;
 * such a path does not exist, so it must be a 404 like any other unknown path.
 */
export function isUnsupportedPath(
  segments: string[],
  collections: Versioned[],
  globals: Versioned[],
): boolean {
  const [first, second, third] = segments
  const keepsNoVersions = (list: Versioned[], slug: string | undefined) =>
    list.some((entry) => entry.slug === slug && !entry.versions)
  if (first === 'globals') return third === 'versions' && keepsNoVersions(globals, second)
  return second === 'versions' && keepsNoVersions(collections, first)
}
