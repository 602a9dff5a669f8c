/**
 * What an editor typed into a field that takes an id (a category, a department): the id itself,
 * or a name of exactly one entry (Chinese or English, full or short), as the list offers them.
 * Anything else is kept as typed, for the checks to name it and the closest known ids.
 */
export type Named = { id: string; names: readonly string[] };

export function resolveName(typed: string, entries: readonly Named[]): string {
  const wanted = typed.trim();
  if (wanted === '') return '';
  if (entries.some((e) => e.id === wanted)) return wanted;
  const folded = wanted.toLowerCase();
  const matches = entries.filter((e) => e.names.some((name) => name.toLowerCase() === folded));
  return matches.length === 1 ? (matches[0]?.id ?? wanted) : wanted;
}
