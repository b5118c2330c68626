/**
 * German stemmer following the German Snowball algorithm: reduces inflected forms
 * ("Verzögerungen", "verzögert") to a stem without umlauts ("verzoger", "verzog").
 * Input must be lower case; the stem is always a prefix of `foldGerman(input)`.
 */

const S_ENDINGS = 'bdfghklmnrt';
const ST_ENDINGS = 'bdfghklmnt';

function isVowel(ch: string | undefined): boolean {
  return (
    ch === 'a' ||
    ch === 'e' ||
    ch === 'i' ||
    ch === 'o' ||
    ch === 'u' ||
    ch === 'y' ||
    ch === 'ä' ||
    ch === 'ö' ||
    ch === 'ü'
  );
}

/** Lower-case German word with ß spelled ss and umlauts without their dots. */
export function foldGerman(word: string): string {
  return word.replace(/ß/g, 'ss').replace(/ä/g, 'a').replace(/ö/g, 'o').replace(/ü/g, 'u');
}

/** u and y between vowels act as consonants: mark them upper case while stemming. */
function markConsonantUY(w: string): string {
  let out = '';
  for (let i = 0; i < w.length; i++) {
    const ch = w[i] as string;
    const between = i > 0 && i < w.length - 1 && isVowel(w[i - 1]) && isVowel(w[i + 1]);
    out += between && (ch === 'u' || ch === 'y') ? ch.toUpperCase() : ch;
  }
  return out;
}

function regionAfter(word: string, from: number): number {
  for (let i = from + 1; i < word.length; i++) {
    if (!isVowel(word[i]) && isVowel(word[i - 1])) return i + 1;
  }
  return word.length;
}

function endsIn(w: string, suffixes: readonly string[]): string | undefined {
  for (const suffix of suffixes) if (w.endsWith(suffix)) return suffix;
  return undefined;
}

function step1(w: string, r1: number): string {
  const suffix = endsIn(w, ['ern', 'em', 'er', 'en', 'es', 'e', 's']);
  if (suffix === undefined) return w;
  const at = w.length - suffix.length;
  if (at < r1) return w;
  if (suffix === 's') return S_ENDINGS.includes(w[at - 1] ?? ' ') ? w.slice(0, at) : w;
  let out = w.slice(0, at);
  if ((suffix === 'en' || suffix === 'es' || suffix === 'e') && out.endsWith('niss'))
    out = out.slice(0, -1);
  return out;
}

function step2(w: string, r1: number): string {
  const suffix = endsIn(w, ['est', 'en', 'er', 'st']);
  if (suffix === undefined) return w;
  const at = w.length - suffix.length;
  if (at < r1) return w;
  if (suffix === 'st') return at >= 4 && ST_ENDINGS.includes(w[at - 1] ?? ' ') ? w.slice(0, at) : w;
  return w.slice(0, at);
}

function step3(w: string, r1: number, r2: number): string {
  const suffix = endsIn(w, ['heit', 'lich', 'isch', 'keit', 'end', 'ung', 'ig', 'ik']);
  if (suffix === undefined) return w;
  const at = w.length - suffix.length;
  if (at < r2) return w;
  const rest = w.slice(0, at);
  switch (suffix) {
    case 'end':
    case 'ung':
      return rest.endsWith('ig') && !rest.endsWith('eig') && at - 2 >= r2
        ? rest.slice(0, -2)
        : rest;
    case 'ig':
    case 'ik':
    case 'isch':
      return rest.endsWith('e') ? w : rest;
    case 'lich':
    case 'heit':
      return (rest.endsWith('er') || rest.endsWith('en')) && at - 2 >= r1
        ? rest.slice(0, -2)
        : rest;
    case 'keit': {
      const inner = endsIn(rest, ['lich', 'ig']);
      return inner !== undefined && at - inner.length >= r2 ? rest.slice(0, -inner.length) : rest;
    }
    default:
      return w;
  }
}

/** German Snowball stem of a lower-case word, umlauts folded (ä→a, ö→o, ü→u, ß→ss). */
export function stemGerman(input: string): string {
  let w = markConsonantUY(input.replace(/ß/g, 'ss'));
  const standardR1 = regionAfter(w, 0);
  // R2 is searched from the standard R1; only R1 is then moved to leave at least 3 letters.
  const r2 = regionAfter(w, standardR1);
  const r1 = Math.max(3, standardR1);
  w = step1(w, r1);
  w = step2(w, r1);
  w = step3(w, r1, r2);
  return foldGerman(w.replace(/U/g, 'u').replace(/Y/g, 'y'));
}
