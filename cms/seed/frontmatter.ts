/**
 * Splits a seed file into its `key: value` header and Markdown body. Seed files are ours, so the
 * header is deliberately flat (no nesting, no lists): anything else is a mistake worth an error.
 */
export function parseFrontmatter(
  source: string,
  file: string,
): { data: Record<string, string>; body: string } {
  const match = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?([\s\S]*)$/.exec(source)
  if (!match) throw new Error(`${file}: expected a header between --- lines`)
  const data: Record<string, string> = {}
  for (const [index, line] of match[1].split(/\r?\n/).entries()) {
    if (!line.trim()) continue
    const pair = /^([A-Za-z][\w-]*):\s*(.*)$/.exec(line)
    if (!pair) throw new Error(`${file}: header line ${index + 2} is not "key: value"`)
    data[pair[1]] = pair[2].trim()
  }
  return { data, body: match[2].trim() }
}
