/** Category names (both languages, for search) and their marker colours. */
import type { Category } from '../data/types';
import { t, translate } from './i18n';

const CATEGORY_KEYS: Record<Category, string> = {
  marketing: 'uiCategoryMarketing',
  service: 'uiCategoryService',
  sales: 'uiCategorySales',
  communication: 'uiCategoryCommunication',
  ethics: 'uiCategoryEthics',
  crm: 'uiCategoryCrm',
};

/** A category's name in the interface language. */
export function categoryLabel(category: Category): string {
  return t(CATEGORY_KEYS[category]);
}

/** A category's names in English and German (the search finds either). */
export function categoryNames(category: Category): string[] {
  return [translate('en', CATEGORY_KEYS[category]), translate('de', CATEGORY_KEYS[category])];
}

/** The CSS colour of a category's marker (always shown next to its name, never alone). */
export function categoryColour(category: Category): string {
  return `var(--mx-cat-${category})`;
}
