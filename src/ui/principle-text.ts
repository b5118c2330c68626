/** A principle's texts in the interface language, falling back to the other language. */
import type { Language, Principle, PrincipleText } from '../data/types';

const EMPTY: PrincipleText = { title: '', summary: '', why: '', tryThis: [] };

/** The texts of a principle in `lang`, else in the other language (own principles may have one). */
export function textOf(principle: Principle, lang: Language): PrincipleText & { lang: Language } {
  const other: Language = lang === 'en' ? 'de' : 'en';
  const own = principle.text[lang];
  if (own) return { ...own, lang };
  const fallback = principle.text[other];
  return fallback ? { ...fallback, lang: other } : { ...EMPTY, lang };
}
