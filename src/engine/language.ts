/**
 * Small English/German detector: frequent function words count most, letters and letter
 * groups typical of one language add weaker evidence. Works on words already tokenised, so
 * the engine scores each sentence while it tokenises, at no extra pass over the text.
 */
import type { Language } from '../data/types';
import { tokenise } from './tokenise';

// Function words that are frequent in one language and rare (or absent) in the other.
// Words spelled the same in both ("in", "so", "was", "die", "will", "also") are left out.
const ENGLISH_WORDS = new Set(
  (
    'the a and or of to is are were be been being have has had do does did this that these those ' +
    "it its it's i i'm i've i'll we we're we'll you you're your yours our ours they their them he she his her " +
    'with for on at by from about into over after before if then than because while as not no yes ' +
    "would could should can can't cannot don't doesn't didn't won't isn't aren't wasn't haven't hasn't " +
    'what which who whom whose when where why how there here all any some every each very just only ' +
    'again still too more most much many such other our please thanks thank hello dear regards ' +
    "my me us up out off so get got let let's know think need want sure today tomorrow week time " +
    'customer delivery order issue'
  ).split(' '),
);

const GERMAN_WORDS = new Set(
  (
    'der das den dem des ein eine einen einem einer eines und oder aber ist sind war waren sein bin bist ' +
    'hat haben hatte hatten wird werden wurde wurden ich du er sie es wir ihr ihnen ihre ihren ihrem ihrer ' +
    'mich mir dich dir uns euch sich mit für auf bei von zu zum zur aus nach vor über unter durch gegen ohne ' +
    'um wenn dann als weil dass ob nicht kein keine keinen keinem keiner nie auch noch schon sehr nur ' +
    'immer wieder mehr viel viele alle jeder jede jedes diese dieser dieses diesen wer wie wo warum ' +
    'hier heute morgen woche zeit bitte danke hallo liebe lieber grüße gruß freundlichen herr frau ' +
    'können kann könnte konnten müssen muss sollte sollten möchte möchten würde würden gibt leider gerne ' +
    'kunde kunden lieferung auftrag entschuldigung ja nein doch mal etwas nichts ' +
    'im ans vom beim ins jetzt wollen wollte soll sollen darf dürfen gestern dort ' +
    'zwischen trotz während seit bis obwohl damit sowie denn sondern weshalb wieso gut geld zurück'
  ).split(' '),
);

// Letter groups rare in the other language; weaker than function words.
const GERMAN_GROUPS = ['sch', 'cht', 'ung', 'eit', 'tz', 'pf', 'ä', 'ö', 'ü', 'ß', 'ei'];
const ENGLISH_GROUPS = ['th', 'wh', 'ing', 'ly', 'ea', 'ou', 'y', 'ee', 'oa'];
const GROUP_WEIGHT = 0.15;

/** True for frequent function words of either language ("the", "und"): useless as search literals. */
export function isFunctionWord(lower: string): boolean {
  return ENGLISH_WORDS.has(lower) || GERMAN_WORDS.has(lower);
}

/** Running English and German evidence for a span of text. */
export interface LanguageEvidence {
  en: number;
  de: number;
}

/** Evidence one lower-case word adds; exported for the per-sentence detector. */
export function addWordEvidence(evidence: LanguageEvidence, lower: string): void {
  if (ENGLISH_WORDS.has(lower)) evidence.en += 1;
  if (GERMAN_WORDS.has(lower)) evidence.de += 1;
  if (lower.length < 3) return;
  let en = 0;
  let de = 0;
  for (const group of GERMAN_GROUPS) if (lower.includes(group)) de++;
  for (const group of ENGLISH_GROUPS) if (lower.includes(group)) en++;
  // Capped so that one long word cannot outweigh a function word.
  evidence.en += Math.min(en, 2) * GROUP_WEIGHT;
  evidence.de += Math.min(de, 2) * GROUP_WEIGHT;
}

/** The language the evidence points to, or undefined when it is too weak or too close to call. */
export function decide(evidence: LanguageEvidence, minimum = 1): Language | undefined {
  const { en, de } = evidence;
  if (Math.max(en, de) < minimum) return undefined;
  if (en >= de * 1.5 && en - de >= 0.5) return 'en';
  if (de >= en * 1.5 && de - en >= 0.5) return 'de';
  return undefined;
}

/** Detects whether a text is English or German; English when nothing points either way. */
export function detectLanguage(text: string): Language {
  const evidence: LanguageEvidence = { en: 0, de: 0 };
  for (const token of tokenise(text)) addWordEvidence(evidence, token.lower);
  return decide(evidence, 0.3) ?? (evidence.de > evidence.en ? 'de' : 'en');
}
