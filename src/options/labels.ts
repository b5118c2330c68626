/** Interface words of the options page for data values: contexts, pack origins, counts, texts. */
import type { Context, Principle, PrincipleText } from '../data/types';
import type { PackOrigin } from '../ui/connector';
import { t, uiLanguage } from '../ui/i18n';
import { textOf } from '../ui/principle-text';

const CONTEXT_KEYS: Record<Context, string> = {
  any: 'optionsContextAny',
  email: 'optionsContextEmail',
  crm: 'optionsContextCrm',
};

/** The name of a context. */
export const contextLabel = (context: Context) => t(CONTEXT_KEYS[context]);

const ORIGIN_KEYS: Record<PackOrigin, string> = {
  bundled: 'optionsOriginBundled',
  managed: 'optionsOriginManaged',
  imported: 'optionsOriginImported',
  own: 'optionsOriginOwn',
};

/** Where a principle or pack comes from, in one word. */
export const originLabel = (origin: PackOrigin) => t(ORIGIN_KEYS[origin]);

/** A principle's texts in the interface language, else in the language it has; its id stands in for a missing title. */
export function textInUiLanguage(principle: Principle): PrincipleText {
  const text = textOf(principle, uiLanguage());
  return text.title === '' ? { ...text, title: principle.id } : text;
}

/** A count of principles: "1 principle", "12 principles". */
export const principleCount = (n: number) =>
  n === 1 ? t('optionsOnePrinciple') : t('optionsNPrinciples', String(n));
