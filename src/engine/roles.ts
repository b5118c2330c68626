/**
 * Roles in a sentence, for signals that care whose situation a word describes and who says it.
 *
 * - `isTheirs`: the situation belongs to the customer or someone else, not to us. "Your opening
 *   got pushed back", "bei Ihnen hat sich der Umzug verschoben", "their own launch slipped". The
 *   nearest person word before the hit in its sentence decides: we / our / ich / unser mean ours;
 *   you / your / Sie / Ihr mean the customer's, unless what follows "your" is something we
 *   deliver to them ("your order is late" is our delay).
 * - `isReported`: the words are someone else's: inside quotation marks, or after a reporting verb
 *   in the same sentence ("their brochure calls it revolutionary", "laut Hersteller einzigartig").
 */
import type { Language } from '../data/types';
import type { Token } from './tokenise';

/** How many words before a hit a person word may stand. */
export const ROLE_WINDOW = 7;
/** How many words before a claim a reporting verb may stand ("their brochure calls it …"). */
export const REPORT_WINDOW = 12;

const OURS = {
  en: new Set([
    'we',
    "we're",
    "we've",
    "we'd",
    "we'll",
    'our',
    'ours',
    'us',
    'i',
    "i'm",
    "i've",
    "i'd",
    "i'll",
    'my',
  ]),
  de: new Set([
    'wir',
    'unser',
    'unsere',
    'unserer',
    'unseren',
    'unserem',
    'unseres',
    'uns',
    'ich',
    'mein',
    'meine',
    'meinen',
    'meinem',
    'meiner',
    'mir',
    'mich',
  ]),
};
const THEIRS_PRONOUN = {
  en: new Set([
    'you',
    "you're",
    "you've",
    "you'd",
    "you'll",
    'your',
    'yours',
    'yourself',
    'yourselves',
  ]),
  de: new Set([
    'ihr',
    'ihre',
    'ihren',
    'ihrem',
    'ihrer',
    'ihres',
    'ihrerseits',
    'euch',
    'euer',
    'eure',
    'dein',
    'deine',
    'du',
  ]),
};
const THIRD_POSSESSIVE = {
  en: /^(?:their|his|her)$/,
  de: /^(?:ihr|ihre|ihren|ihrem|ihrer|ihres|sein|seine|seinen|seinem|seiner|seines|deren|dessen)$/,
};
// The customer or a third party as a possessive noun: "the customer's", "cust's", "des Kunden".
const OTHERS_NOUN = {
  en: /^(?:customer|cust|client|competitor|supplier|partner|landlord|builder)'s$/,
  de: /^(?:kunden|kundin|wettbewerbers|konkurrenten|lieferanten)$/,
};
// Words that make a sentence about the other person's news: "sorry to hear", "thanks for letting us know".
const SYMPATHY = {
  en: /^(?:sorry to hear|sad to hear|thanks for letting (?:us|me) know|thank you for letting (?:us|me) know|good luck|congratulations)/,
  de: /^(?:tut mir leid zu hören|leid zu hören|danke für die info|danke für den hinweis|viel erfolg|herzlichen glückwunsch|gute besserung)/,
};
const POSSESSIVE = new Set([
  'your',
  'ihr',
  'ihre',
  'ihren',
  'ihrem',
  'ihrer',
  'ihres',
  'eure',
  'euer',
  'deine',
  'dein',
]);
// Things we deliver to the customer: "your order is late" is our delay, not theirs.
const DELIVERED = {
  en: /^(?:order|orders|delivery|deliveries|shipment|shipments|parcel|package|goods|invoice|invoices|ticket|tickets|installation|replacement|refund|credit|account|contract|licen[cs]e|licen[cs]es|booking|appointment|repair|device|unit|units|system|platform|service|upgrade|migration|onboarding|rollout|go-live|project|quote|offer|proposal|report|data|access|kit|part|parts|item|items|consignment|pallet|pallets|machine|car|vehicle|claim|case|request|application|card|payment|statement)$/,
  de: /(?:bestellung|bestellungen|lieferung|lieferungen|sendung|sendungen|paket|pakete|ware|waren|rechnung|rechnungen|auftrag|aufträge|installation|ersatzteil|ersatzteile|ersatz|gutschrift|erstattung|vertrag|lizenz|lizenzen|buchung|termin|reparatur|gerät|geräte|anlage|system|plattform|umstellung|migration|einrichtung|projekt|angebot|bericht|daten|zugang|teile|artikel|maschine|fahrzeug|anfrage|antrag|karte|zahlung|ticket|tickets|wartung|montage|inbetriebnahme|freischaltung|ware|kundenkonto|konto)$/,
};
const REPORTING = {
  en: /^(?:says|said|say|claims|claimed|claim|calls|called|call|describes|described|advertises|advertised|markets|brochure|website|according|quote|quoted|quotes|reads|wrote|writes|promises|boasts|touts|labels|labelled|bills|billed)$/,
  de: /^(?:sagt|sagte|sagen|behauptet|behauptete|behaupten|nennt|nannte|nennen|bezeichnet|bezeichnete|wirbt|warb|laut|zufolge|schreibt|schrieb|verspricht|versprach|prospekt|broschüre|webseite|website|zitat|heißt|hieß|rühmt|preist)$/,
};

/** True when the hit starting at token `first` describes the customer's or a third party's situation. */
export function isTheirs(tokens: readonly Token[], first: number, language: Language): boolean {
  const sentence = tokens[first]?.sentence;
  if (inSympathy(tokens, first, language)) return true;
  for (let j = first - 1; j >= 0 && j >= first - ROLE_WINDOW; j--) {
    const token = tokens[j] as Token;
    if (token.sentence !== sentence) return false;
    const word = token.lower;
    if (OURS[language].has(word)) return false;
    // "their new branch", "ihrer neuen Filiale", "seine Eröffnung", "the customer's own opening":
    // a third party's, unless delivered.
    if (
      (THIRD_POSSESSIVE[language].test(word) && (language === 'en' || !token.capitalised)) ||
      OTHERS_NOUN[language].test(word)
    )
      return !deliveredAt(tokens, j + 1, first, language);
    if (language === 'de' && word === 'sie') {
      if (token.capitalised && !startsSentence(tokens, j) && opensClause(tokens, j, language))
        return true;
      continue;
    }
    if (!THEIRS_PRONOUN[language].has(word)) continue;
    // "your order", "Ihre Lieferung": something we deliver, so its trouble is ours.
    if (POSSESSIVE.has(word)) return !deliveredAt(tokens, j + 1, first, language);
    // "you" as the subject ("you had to postpone"), not the object ("let you know about the delay").
    if (opensClause(tokens, j, language)) return true;
  }
  return false;
}

const CONDITIONAL = {
  en: /^(?:case|should|unless)$/,
  de: /^(?:falls|sofern|sollte|sollten|ggf|gegebenenfalls|eventuell)$/,
};
const INDEFINITE = {
  en: /^(?:anything|something|any)$/,
  de: /^(?:etwas|irgendwas|irgendetwas)$/,
};

/**
 * True when the hit sits in a conditional clause, a case that may never happen rather than a
 * report: "falls ich etwas vergessen habe", "in case anything is delayed", "if we missed anything",
 * "should the delivery be late".
 */
export function isHypothetical(
  tokens: readonly Token[],
  first: number,
  language: Language,
): boolean {
  const clause = tokens[first]?.clause;
  let indefinite = false;
  for (let j = first; j >= 0 && j >= first - ROLE_WINDOW; j--) {
    const token = tokens[j] as Token;
    if (token.clause !== clause) return false;
    const word = token.lower;
    if (INDEFINITE[language].test(word)) indefinite = true;
    if (j === first) continue;
    if (CONDITIONAL[language].test(word) && (word !== 'case' || tokens[j - 1]?.lower === 'in'))
      return word !== 'should' || opensClause(tokens, j, language);
    if ((word === 'if' || word === 'wenn') && indefinite) return true;
  }
  return false;
}

/** True when the hit's sentence opens with sympathy or thanks for the other person's news. */
function inSympathy(tokens: readonly Token[], first: number, language: Language): boolean {
  const sentence = tokens[first]?.sentence;
  let start = first;
  while (start > 0 && tokens[start - 1]?.sentence === sentence) start--;
  for (let j = start; j < first && j < start + 8; j++) {
    const words = tokens
      .slice(j, j + 6)
      .map((t) => t.lower)
      .join(' ');
    if (SYMPATHY[language].test(words)) return true;
  }
  return false;
}

const CONJUNCTIONS = {
  en: new Set([
    'that',
    'if',
    'when',
    'as',
    'since',
    'because',
    'so',
    'and',
    'but',
    'or',
    'after',
    'before',
    'while',
    'once',
    'now',
    'unless',
    'though',
    'although',
    'whether',
  ]),
  de: new Set([
    'dass',
    'wenn',
    'da',
    'weil',
    'ob',
    'als',
    'nachdem',
    'falls',
    'sobald',
    'und',
    'aber',
    'wie',
    'obwohl',
    'bevor',
    'seit',
    'seitdem',
    'sofern',
  ]),
};

/** True when the word at `index` starts its clause or follows a conjunction (a subject position). */
function opensClause(tokens: readonly Token[], index: number, language: Language): boolean {
  const previous = tokens[index - 1];
  if (previous === undefined || previous.clause !== tokens[index]?.clause) return true;
  return CONJUNCTIONS[language].has(previous.lower);
}

/** True when a word after a possessive at `from`, up to the hit at `to`, names something we deliver. */
function deliveredAt(
  tokens: readonly Token[],
  from: number,
  to: number,
  language: Language,
): boolean {
  for (let k = from; k <= to && k < from + 3; k++) {
    const token = tokens[k];
    if (token !== undefined && DELIVERED[language].test(token.lower)) return true;
  }
  return false;
}

function startsSentence(tokens: readonly Token[], index: number): boolean {
  return index === 0 || tokens[index - 1]?.sentence !== tokens[index]?.sentence;
}

/** Spans of text in quotation marks: "…", “…”, „…“, »…«, «…», and '…' around words. */
export function quotedSpans(text: string): { start: number; end: number }[] {
  const spans: { start: number; end: number }[] = [];
  const pattern =
    /"[^"\n]{1,200}"|“[^”\n]{1,200}”|„[^“”\n]{1,200}[“”]|»[^«\n]{1,200}«|«[^»\n]{1,200}»|(?<![\p{L}\p{N}])['‘][^'’\n]{1,120}['’](?![\p{L}\p{N}])/gu;
  for (let m = pattern.exec(text); m !== null; m = pattern.exec(text))
    spans.push({ start: m.index, end: m.index + m[0].length });
  return spans;
}

// What introduces our own words in quotation marks: "our tagline: '…'", "Angebotstext: „…“".
const OWN_TEXT = {
  en: /^(?:pitch|draft|drafted|tagline|slogan|headline|subject|slide|deck|copy|wording|proposal|offer|quote|mail|email|e-mail|reply|answer|ad|advert|banner|flyer|newsletter|post|text|claim|promised|promise|told|wrote|replied|answered|sent|said)$/,
  de: /(?:pitch|entwurf|mailentwurf|slogan|claim|überschrift|betreff|folie|präsi|präsentation|angebotstext|angebot|text|mail|antwort|anzeige|banner|flyer|newsletter|post|formuliert|versprochen|gesagt|geschrieben|geantwortet|geschickt|raus|zugesagt)$/,
};
// First person without a pronoun in German notes: "hab gesagt", "habe versprochen".
const OURS_VERB = { en: /^$/, de: /^(?:hab|habe|hatte)$/ };
// Someone else as the source of quoted words.
const OTHER_SOURCE = {
  en: /^(?:customer|customers|client|clients|competitor|competitors|rival|rivals|he|she|they|his|her|their|them|him)$/,
  de: /^(?:kd|kunde|kunden|kundin|wettbewerber|wettbewerbers|konkurrenz|konkurrent|konkurrenten|er|ihm|ihn|seine|seiner|seinem|deren|dessen)$/,
};

/**
 * True when the quotation starting at offset `at` quotes our own words. The first person or
 * source named before it in its sentence decides, as the subject does: "I told him …", "hab KD
 * gesagt …" are ours, "the customer wrote …", "KD schreibt …" are not. Without one, a text of
 * ours introducing it ("our tagline:", "Angebotstext:", "Mail an … raus:") makes it ours.
 */
export function isOwnQuote(tokens: readonly Token[], at: number, language: Language): boolean {
  let index = tokens.findIndex((t) => t.start >= at);
  if (index < 0) index = tokens.length;
  const sentence = tokens[index]?.sentence ?? tokens[index - 1]?.sentence;
  let from = index;
  while (from > 0 && from > index - REPORT_WINDOW && tokens[from - 1]?.sentence === sentence)
    from--;
  let ownText = false;
  for (let j = from; j < index; j++) {
    const word = (tokens[j] as Token).lower;
    if (OURS[language].has(word) || OURS_VERB[language].test(word)) return true;
    if (OTHER_SOURCE[language].test(word) || THEIRS_PRONOUN[language].has(word)) return false;
    if (OWN_TEXT[language].test(word)) ownText = true;
    else if (REPORTING[language].test(word)) return false;
  }
  return ownText;
}

/** True when the hit is in quotation marks or follows a reporting verb in its sentence. */
export function isReported(
  tokens: readonly Token[],
  first: number,
  start: number,
  quotes: readonly { start: number; end: number }[],
  language: Language,
): boolean {
  for (const quote of quotes)
    if (start > quote.start && start < quote.end) return !isOwnQuote(tokens, quote.start, language);
  const sentence = tokens[first]?.sentence;
  for (let j = first - 1; j >= 0 && j >= first - REPORT_WINDOW; j--) {
    const token = tokens[j] as Token;
    if (token.sentence !== sentence) return false;
    if (REPORTING[language].test(token.lower)) return true;
  }
  return false;
}
