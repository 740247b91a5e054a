/** Small text helpers shared by the validators. */

/** `1 error`, `3 errors`: the count and the word, in the plural unless it is one. */
export function plural(n: number, word: string, many = `${word}s`): string {
  return `${n} ${n === 1 ? word : many}`;
}

/** Longer words get no suggestion: an edit distance costs the product of both lengths. */
const MAX_SUGGESTED_LENGTH = 100;

/** The candidate within edit distance 2 (or a third of the length) of `word`, if any. */
export function closest(word: string, candidates: Iterable<string>): string | undefined {
  if (word.length > MAX_SUGGESTED_LENGTH) return undefined;
  const limit = Math.max(2, Math.floor(word.length / 3));
  let best: string | undefined;
  let bestDistance = Infinity;
  for (const c of candidates) {
    // A length difference over the limit is a distance over it.
    if (Math.abs(c.length - word.length) > limit) continue;
    const d = editDistance(word.toLowerCase(), c.toLowerCase());
    if (d < bestDistance) {
      best = c;
      bestDistance = d;
    }
  }
  return bestDistance <= limit ? best : undefined;
}

/**
 * The key `word` most likely means: the one key with `word` as one of its words (`pool`
 * for work_pool, `queue` for work_queue_name), else a near spelling (`shedule`), else
 * the one key it abbreviates (`params` for parameters, `conc_limit` for
 * concurrency_limit: each of its words is the start of, or letters in order from, a
 * word of the key, in order). Words of fewer than 3 letters suggest nothing; nor does
 * an abbreviation of several keys.
 */
export function nearKey(word: string, keys: string[]): string | undefined {
  const lower = word.toLowerCase();
  const one = (found: string[]) => (found.length === 1 ? found[0] : undefined);
  if (lower.length >= 3) {
    const whole = one(keys.filter((k) => k.toLowerCase() !== lower && words(k.toLowerCase()).includes(lower)));
    if (whole) return whole;
  }
  const near = closest(word, keys);
  if (near !== undefined || lower.length < 3) return near;
  return one(keys.filter((k) => k.toLowerCase() !== lower && abbreviates(words(lower), words(k.toLowerCase()))));
}

function words(key: string): string[] {
  return key.split(/[_-]/).filter(Boolean);
}

/** Each part, in order, abbreviates a word of the key: the same first letter, and its letters in order. */
function abbreviates(parts: string[], keyWords: string[]): boolean {
  let at = 0;
  for (const p of parts) {
    while (at < keyWords.length && !(keyWords[at][0] === p[0] && inOrder(p, keyWords[at]))) at++;
    if (at === keyWords.length) return false;
    at++;
  }
  return parts.length > 0;
}

function inOrder(part: string, word: string): boolean {
  let i = 0;
  for (const c of word) if (c === part[i]) i++;
  return i === part.length;
}

function editDistance(a: string, b: string): number {
  const row = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    let prev = row[0];
    row[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const tmp = row[j];
      row[j] = Math.min(row[j] + 1, row[j - 1] + 1, prev + (a[i - 1] === b[j - 1] ? 0 : 1));
      prev = tmp;
    }
  }
  return row[b.length];
}
