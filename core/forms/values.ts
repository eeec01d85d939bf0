/**
 * Reads a form post (FormData in the browser, URLSearchParams on the server) into plain values:
 * a field sent once is a string, a field sent several times (checkboxes) is a list.
 */
export function formValues(source: {
  keys(): Iterable<string>
  getAll(name: string): unknown[]
}): Record<string, string | string[]> {
  const values: Record<string, string | string[]> = {}
  for (const name of new Set(source.keys())) {
    const all = source.getAll(name).map(String)
    values[name] = all.length > 1 ? all : all[0]
  }
  return values
}
