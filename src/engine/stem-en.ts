/**
 * English stemmer following the Porter2 ("English Snowball") algorithm: reduces inflected forms
 * ("delayed", "delays", "delaying") to one stem ("delay"). Input must be lower case.
 */

const EXCEPTIONS: Record<string, string> = {
  skis: 'ski',
  skies: 'sky',
  dying: 'die',
  lying: 'lie',
  tying: 'tie',
  idly: 'idl',
  gently: 'gentl',
  ugly: 'ugli',
  early: 'earli',
  only: 'onli',
  singly: 'singl',
  sky: 'sky',
  news: 'news',
  howe: 'howe',
  atlas: 'atlas',
  cosmos: 'cosmos',
  bias: 'bias',
  andes: 'andes',
};

const AFTER_STEP_1A = new Set([
  'inning',
  'outing',
  'canning',
  'herring',
  'earring',
  'proceed',
  'exceed',
  'succeed',
]);
const R1_PREFIXES = ['gener', 'commun', 'arsen', 'past', 'univers', 'later', 'emerg', 'organ'];
const DOUBLES = new Set(['bb', 'dd', 'ff', 'gg', 'mm', 'nn', 'pp', 'rr', 'tt']);
const LI_ENDINGS = 'cdeghkmnrt';

const STEP2: [string, string][] = [
  ['ization', 'ize'],
  ['ational', 'ate'],
  ['fulness', 'ful'],
  ['ousness', 'ous'],
  ['iveness', 'ive'],
  ['tional', 'tion'],
  ['biliti', 'ble'],
  ['lessli', 'less'],
  ['entli', 'ent'],
  ['ation', 'ate'],
  ['alism', 'al'],
  ['aliti', 'al'],
  ['ousli', 'ous'],
  ['iviti', 'ive'],
  ['fulli', 'ful'],
  ['enci', 'ence'],
  ['anci', 'ance'],
  ['abli', 'able'],
  ['izer', 'ize'],
  ['ator', 'ate'],
  ['alli', 'al'],
  ['bli', 'ble'],
  ['ogi', 'og'],
  ['li', ''],
];

const STEP3: [string, string][] = [
  ['ational', 'ate'],
  ['tional', 'tion'],
  ['alize', 'al'],
  ['icate', 'ic'],
  ['iciti', 'ic'],
  ['ative', ''],
  ['ical', 'ic'],
  ['ness', ''],
  ['ful', ''],
];

const STEP4 = [
  'ement',
  'ance',
  'ence',
  'able',
  'ible',
  'ment',
  'ant',
  'ent',
  'ism',
  'ate',
  'iti',
  'ous',
  'ive',
  'ize',
  'ion',
  'al',
  'er',
  'ic',
];

function isVowel(ch: string | undefined): boolean {
  return ch === 'a' || ch === 'e' || ch === 'i' || ch === 'o' || ch === 'u' || ch === 'y';
}

/** Start of the region after the first non-vowel that follows a vowel, from `from`. */
function regionAfter(word: string, from: number): number {
  for (let i = from + 1; i < word.length; i++) {
    if (!isVowel(word[i]) && isVowel(word[i - 1])) return i + 1;
  }
  return word.length;
}

function endsWithShortSyllable(word: string): boolean {
  const n = word.length;
  if (n === 2) return isVowel(word[0]) && !isVowel(word[1]);
  if (n < 3) return false;
  const last = word[n - 1];
  return (
    !isVowel(word[n - 3]) &&
    isVowel(word[n - 2]) &&
    !isVowel(last) &&
    last !== 'w' &&
    last !== 'x' &&
    last !== 'Y'
  );
}

function hasVowel(s: string): boolean {
  for (let i = 0; i < s.length; i++) if (isVowel(s[i])) return true;
  return false;
}

function step1a(w: string): string {
  if (w.endsWith('sses')) return w.slice(0, -2);
  if (w.endsWith('ied') || w.endsWith('ies')) return w.length > 4 ? w.slice(0, -2) : w.slice(0, -1);
  if (w.endsWith('us') || w.endsWith('ss')) return w;
  if (w.endsWith('s') && hasVowel(w.slice(0, -2))) return w.slice(0, -1);
  return w;
}

function step1b(w: string, r1: number): string {
  for (const suffix of ['eedly', 'eed']) {
    if (w.endsWith(suffix))
      return w.length - suffix.length >= r1 ? w.slice(0, -suffix.length) + 'ee' : w;
  }
  for (const suffix of ['ingly', 'edly', 'ing', 'ed']) {
    if (!w.endsWith(suffix)) continue;
    const stem = w.slice(0, -suffix.length);
    if (!hasVowel(stem)) return w;
    if (stem.endsWith('at') || stem.endsWith('bl') || stem.endsWith('iz')) return stem + 'e';
    if (DOUBLES.has(stem.slice(-2))) return stem.slice(0, -1);
    if (r1 >= stem.length && endsWithShortSyllable(stem)) return stem + 'e';
    return stem;
  }
  return w;
}

function step1c(w: string): string {
  const last = w[w.length - 1];
  if ((last === 'y' || last === 'Y') && w.length > 2 && !isVowel(w[w.length - 2]))
    return w.slice(0, -1) + 'i';
  return w;
}

function replaceIn(w: string, rules: [string, string][], region: number, r2: number): string {
  for (const [suffix, replacement] of rules) {
    if (!w.endsWith(suffix)) continue;
    const at = w.length - suffix.length;
    if (at < region) return w;
    if (suffix === 'ogi' && w[at - 1] !== 'l') return w;
    if (suffix === 'li' && !LI_ENDINGS.includes(w[at - 1] ?? ' ')) return w;
    if (suffix === 'ative' && at < r2) return w;
    return w.slice(0, at) + replacement;
  }
  return w;
}

function step4(w: string, r2: number): string {
  for (const suffix of STEP4) {
    if (!w.endsWith(suffix)) continue;
    const at = w.length - suffix.length;
    if (at < r2) return w;
    if (suffix === 'ion' && w[at - 1] !== 's' && w[at - 1] !== 't') return w;
    return w.slice(0, at);
  }
  return w;
}

function step5(w: string, r1: number, r2: number): string {
  const at = w.length - 1;
  if (w[at] === 'e') {
    if (at >= r2 || (at >= r1 && !endsWithShortSyllable(w.slice(0, at)))) return w.slice(0, at);
  } else if (w[at] === 'l' && at >= r2 && w[at - 1] === 'l') {
    return w.slice(0, at);
  }
  return w;
}

function markConsonantY(w: string): string {
  let out = '';
  for (let i = 0; i < w.length; i++) {
    const ch = w[i] as string;
    out += ch === 'y' && (i === 0 || isVowel(w[i - 1])) ? 'Y' : ch;
  }
  return out;
}

function computeR1(w: string): number {
  for (const prefix of R1_PREFIXES) if (w.startsWith(prefix)) return prefix.length;
  return regionAfter(w, 0);
}

/** Porter2 stem of a lower-case English word. */
export function stemEnglish(input: string): string {
  let w = input.replace(/’/g, "'");
  if (w.length <= 2) return w;
  if (w.startsWith("'")) w = w.slice(1);
  const exception = EXCEPTIONS[w];
  if (exception !== undefined) return exception;
  w = markConsonantY(w);
  const r1 = computeR1(w);
  const r2 = regionAfter(w, r1);
  if (w.endsWith("'s'")) w = w.slice(0, -3);
  else if (w.endsWith("'s")) w = w.slice(0, -2);
  else if (w.endsWith("'")) w = w.slice(0, -1);
  w = step1a(w);
  if (AFTER_STEP_1A.has(w)) return w;
  w = step1b(w, r1);
  w = step1c(w);
  w = replaceIn(w, STEP2, r1, r2);
  w = replaceIn(w, STEP3, r1, r2);
  w = step4(w, r2);
  w = step5(w, r1, r2);
  return w.replace(/Y/g, 'y');
}
