/** From an analysis to what the badge and the card show. */
import type { Language } from '../../src/engine/types';
import type {
  InlineSuggestion as Suggestion,
  PrincipleCard as Principle,
} from '../../src/messaging/protocol';
import type { CardItem } from '../ui/card/model';

const OTHER: Record<Language, Language> = { en: 'de', de: 'en' };

/** The principle's text in the text's language, else the other one, with the language used; null when it has none. */
export function availableText(principle: Principle, language: Language) {
  for (const lang of [language, OTHER[language]] as const) {
    const text = principle.text[lang];
    if (text) return { lang, text };
  }
  return null;
}

/** Distinct quotes of a suggestion's evidence, in text order. */
function quotes(suggestion: Suggestion): string[] {
  const seen = new Set<string>();
  const out: string[] = [];
  for (const evidence of [...suggestion.evidence].sort((a, b) => a.start - b.start)) {
    const quote = evidence.text.trim();
    if (quote && !seen.has(quote.toLowerCase())) {
      seen.add(quote.toLowerCase());
      out.push(quote);
    }
  }
  return out;
}

/** The card items for suggestions (best first, as the engine ranks them). */
export function cardItems(
  suggestions: readonly Suggestion[],
  language: Language,
  lockedOn: readonly string[],
): CardItem[] {
  const items: CardItem[] = [];
  for (const suggestion of suggestions) {
    const found = availableText(suggestion.principle, language);
    if (!found) continue;
    items.push({
      id: suggestion.id,
      title: found.text.title,
      why: found.text.why,
      evidence: quotes(suggestion),
      tryThis: found.text.tryThis,
      lang: found.lang,
      mutable: !lockedOn.includes(suggestion.id),
      ...(suggestion.reply ? { reply: true as const } : {}),
    });
  }
  return items;
}
