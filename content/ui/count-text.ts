/** How many principles fit the text, in words: the badge's label and the card's title say it alike. */
import type { Translate } from './card/model';

/** The strings for none, one and many, by where they appear. */
const KEYS = {
  badge: { none: 'badgeNone', one: 'badgeCountOne', many: 'badgeCountMany' },
  card: { none: 'cardCountNone', one: 'cardCountOne', many: 'cardCountMany' },
} as const;

/** The count as the badge (an accessible label) or the card (its title) says it. */
export function countText(count: number, t: Translate, where: keyof typeof KEYS): string {
  const keys = KEYS[where];
  if (count === 0) return t(keys.none);
  return count === 1 ? t(keys.one) : t(keys.many, String(count));
}
