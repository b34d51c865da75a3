/**
 * Damerau-Levenshtein distance in its optimal-string-alignment form: insertions, deletions,
 * substitutions and swaps of two neighbouring characters each cost 1, which matches the
 * typing mistakes people make in names (`actoins`, `recognise`).
 */
export function editDistance(a: string, b: string): number {
  if (a === b) return 0;
  if (a.length === 0) return b.length;
  if (b.length === 0) return a.length;

  // Three rolling rows: two rows back is needed for the swap case.
  let twoBack = new Array<number>(b.length + 1).fill(0);
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  let current = new Array<number>(b.length + 1).fill(0);
  for (let i = 1; i <= a.length; i++) {
    current[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let best = Math.min(
        (previous[j] ?? 0) + 1,
        (current[j - 1] ?? 0) + 1,
        (previous[j - 1] ?? 0) + cost,
      );
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) {
        best = Math.min(best, (twoBack[j - 2] ?? 0) + 1);
      }
      current[j] = best;
    }
    [twoBack, previous, current] = [previous, current, twoBack];
  }
  return previous[b.length] ?? 0;
}

/** Spelling variants that mean the same name: case, `-` or spaces for `_`, full-width letters. */
function normalize(name: string): string {
  return name
    .normalize("NFKC")
    .trim()
    .toLowerCase()
    .replace(/[\s\-.]+/g, "_");
}

const SUFFIXES = ["_recognize", "_track", "_detect"];

/**
 * Scores how close `input` is to `candidate`; lower is closer, undefined is too far. Exact
 * matches after normalizing score 0, a missing suffix such as `_recognize` or a shared
 * prefix scores 1, and otherwise the edit distance counts, up to a third of the length.
 */
function score(input: string, candidate: string): number | undefined {
  const a = normalize(input);
  const b = normalize(candidate);
  if (a.length === 0) return undefined;
  if (a === b) return 0;
  if (SUFFIXES.some((suffix) => b === a + suffix)) return 1;
  const distance = editDistance(a, b);
  const limit = Math.max(1, Math.floor(Math.min(a.length, b.length) / 3));
  if (distance <= limit) return distance;
  // A typed prefix such as `warn` for `warning`, or `face_tracking` for `face_track`.
  const shorter = a.length < b.length ? a : b;
  const longer = a.length < b.length ? b : a;
  if (shorter.length >= 3 && longer.startsWith(shorter)) return 2;
  return undefined;
}

/**
 * Returns up to `max` candidates nearest to `input`, closest first (ties in candidate
 * order). The input itself is never suggested.
 */
export function suggestNames(input: string, candidates: Iterable<string>, max = 3): string[] {
  const scored: Array<{ name: string; score: number; order: number }> = [];
  let order = 0;
  for (const candidate of candidates) {
    order++;
    if (candidate === input) continue;
    const value = score(input, candidate);
    if (value !== undefined) scored.push({ name: candidate, score: value, order });
  }
  scored.sort((x, y) => x.score - y.score || x.order - y.order);
  return scored.slice(0, Math.max(0, max)).map((entry) => entry.name);
}
