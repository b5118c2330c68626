/** From an analysis to what the badge and the card show. */
import type { Language } from '../../src/engine/types';
import type {
  InlineSuggestion as Suggestion,
  PrincipleCard as Principle,
} from '../../src/messaging/protocol';
import { sentenceAround } from '../coach/sentence';
import type { CardItem, CardPhrasing } from '../ui/card/model';

const OTHER: Record<Language, Language> = { en: 'de', de: 'en' };

/** The principle's text in the text's language, else the other one, with the language used; null when it has none. */
export function availableText(principle: Principle, language: Language) {
  for (const lang of [language, OTHER[language]] as const) {
    const text = principle.text[lang];
    if (text) return { lang, text };
  }
  return null;
}

/** Distinct quotes of evidence, in text order. */
function quotes(evidence: Suggestion['evidence']): string[] {
  const seen = new Set<string>();
  const out: string[] = [];
  for (const e of [...evidence].sort((a, b) => a.start - b.start)) {
    const quote = e.text.trim();
    if (quote && !seen.has(quote.toLowerCase())) {
      seen.add(quote.toLowerCase());
      out.push(quote);
    }
  }
  return out;
}

/**
 * The mark style of each principle still to act on in the rep's words, in card order: its marks
 * in the text and the sample beside its title in the card look alike (see MARK_STYLES).
 */
export function markStyles(suggestions: readonly Suggestion[]): Map<string, number> {
  const styles = new Map<string, number>();
  for (const s of suggestions) if (!s.done && !s.reply) styles.set(s.id, styles.size);
  return styles;
}

/** Where and how the rep writes: the text the evidence refers to, and whether it is an internal note. */
export interface WritingPlace {
  text: string;
  note: boolean;
}

/**
 * The phrasings for where the rep writes: in a note, the note phrasings first and then those for
 * the customer (a CRM also sends emails); elsewhere only those for the customer.
 */
function phrasingsFor(
  text: { tryThis: string[]; tryThisNote?: string[] },
  note: boolean,
): CardPhrasing[] {
  const customer = text.tryThis.map((template) => ({ template, audience: 'customer' as const }));
  if (!note) return customer;
  const forNote = (text.tryThisNote ?? []).map((template) => ({
    template,
    audience: 'note' as const,
  }));
  return [...forNote, ...customer];
}

/** The card items for suggestions (best first, as the engine ranks them). */
export function cardItems(
  suggestions: readonly Suggestion[],
  language: Language,
  lockedOn: readonly string[],
  place: WritingPlace = { text: '', note: false },
): CardItem[] {
  const items: CardItem[] = [];
  const styles = markStyles(suggestions);
  for (const suggestion of suggestions) {
    const found = availableText(suggestion.principle, language);
    if (!found) continue;
    const first = [...suggestion.evidence].sort((a, b) => a.start - b.start)[0];
    const span =
      first && !suggestion.reply && first.end <= place.text.length
        ? sentenceAround(place.text, first)
        : null;
    items.push({
      id: suggestion.id,
      title: found.text.title,
      summary: found.text.summary,
      why: found.text.why,
      evidence: quotes(suggestion.evidence),
      phrasings: phrasingsFor(found.text, place.note),
      ...(span ? { sentence: { ...span, text: place.text.slice(span.start, span.end) } } : {}),
      ...(suggestion.done?.length ? { done: quotes(suggestion.done) } : {}),
      ...(styles.has(suggestion.id) ? { markStyle: styles.get(suggestion.id) as number } : {}),
      lang: found.lang,
      mutable: !lockedOn.includes(suggestion.id),
      ...(suggestion.reply ? { reply: true as const } : {}),
    });
  }
  return items;
}
