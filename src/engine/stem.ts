/** Picks the stemmer for a language; both take and return lower-case words. */
import type { Language } from '../data/types';
import { stemEnglish } from './stem-en';
import { stemGerman } from './stem-de';

export { stemEnglish } from './stem-en';
export { foldGerman, stemGerman } from './stem-de';

/** The stemming function of `language`. */
export function stemmerFor(language: Language): (lowerWord: string) => string {
  return language === 'de' ? stemGerman : stemEnglish;
}
