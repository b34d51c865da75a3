import type { Keyword } from "./tokens.js";

/**
 * Chinese words that users write for a keyword, so `规则 "..." {` gets "Did you mean 'rule'?".
 * Keywords are English and reserved; these words are only hints.
 */
const chineseKeywordWords: ReadonlyMap<string, Keyword> = new Map([
  ["规则", "rule"],
  ["描述", "description"],
  ["说明", "description"],
  ["全程", "throughout"],
  ["全局", "throughout"],
  ["步骤", "step"],
  ["章节", "step"],
  ["片段", "fragment"],
  ["使用", "use"],
  ["引用", "use"],
]);

/**
 * Returns the keyword among `candidates` that `word` most likely misspells: a Chinese word for
 * it, a different letter case, or at most two edits (one for keywords of four letters or less).
 */
export function suggestKeyword(word: string, candidates: readonly Keyword[]): Keyword | undefined {
  const chinese = chineseKeywordWords.get(word);
  if (chinese !== undefined) return candidates.includes(chinese) ? chinese : undefined;

  const lower = word.toLowerCase();
  let best: Keyword | undefined;
  let bestDistance = Number.POSITIVE_INFINITY;
  for (const candidate of candidates) {
    const limit = candidate.length <= 4 ? 1 : 2;
    const distance = editDistance(lower, candidate, limit);
    if (distance <= limit && distance < bestDistance) {
      best = candidate;
      bestDistance = distance;
    }
  }
  return best;
}

/** Optimal string alignment distance (adjacent swaps count one), or `limit + 1` when larger. */
function editDistance(a: string, b: string, limit: number): number {
  if (Math.abs(a.length - b.length) > limit) return limit + 1;
  let previousPrevious: number[] = [];
  let previous = Array.from({ length: b.length + 1 }, (_, index) => index);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let value = Math.min(
        (previous[j] ?? 0) + 1,
        (current[j - 1] ?? 0) + 1,
        (previous[j - 1] ?? 0) + cost,
      );
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) {
        value = Math.min(value, (previousPrevious[j - 2] ?? 0) + 1);
      }
      current.push(value);
    }
    previousPrevious = previous;
    previous = current;
  }
  return previous[b.length] ?? limit + 1;
}
