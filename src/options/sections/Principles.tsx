/** Principles: every principle by category, with on/off, sensitivity, contexts and a search. */
import { useState } from 'preact/hooks';
import type { Category } from '../../data/types';
import { CATEGORIES } from '../../settings';
import { categoryColour, categoryLabel, categoryNames } from '../../ui/categories';
import { EmptyState, SearchField, Toggle } from '../../ui/components';
import type { PrincipleEntry } from '../../ui/connector';
import { t } from '../../ui/i18n';
import { LockNote, Section, SensitivitySlider } from '../components';
import { textInUiLanguage } from '../labels';
import { usePage } from '../state';
import { PrincipleSettingsRow } from './PrincipleSettingsRow';

/** Whether a principle matches a search: title, summary, id, pack, category and signal words, both languages. */
function matchesSearch(entry: PrincipleEntry, query: string): boolean {
  const q = query.trim().toLowerCase();
  if (q === '') return true;
  const { principle } = entry;
  const words = [principle.id, entry.pack.name, ...categoryNames(principle.category)];
  for (const text of Object.values(principle.text)) words.push(text.title, text.summary);
  for (const signals of Object.values(principle.signals))
    for (const signal of signals.triggers) if (signal.match) words.push(signal.match);
  return words.some((word) => word.toLowerCase().includes(q));
}

/** The Principles section. */
export function PrinciplesSection() {
  const { data, connector, run } = usePage();
  const [query, setQuery] = useState('');
  const { settings, effective, managed } = data;
  const shown = data.principles.filter((entry) => matchesSearch(entry, query));
  const sensitivityLock = managed.settings.sensitivity;

  const setCategory = (category: Category, on: boolean) => {
    const others = settings.disabledCategories.filter((c) => c !== category);
    return run(() =>
      connector.updateSettings({ disabledCategories: on ? others : [...others, category] }),
    );
  };

  return (
    <Section id="principles" title={t('optionsNavPrinciples')} lead={t('optionsPrinciplesLead')}>
      <div class="toolbar">
        <div class="toolbar__search">
          <SearchField
            label={t('optionsSearchLabel')}
            placeholder={t('optionsSearchPlaceholder')}
            clearLabel={t('optionsSearchClear')}
            value={query}
            onInput={setQuery}
          />
        </div>
        <div class="toolbar__slider">
          <SensitivitySlider
            id="global-sensitivity"
            label={t('optionsGlobalSensitivity')}
            value={effective.sensitivity}
            disabled={sensitivityLock !== undefined}
            describedBy={sensitivityLock ? 'global-sensitivity-lock' : undefined}
            onCommit={(sensitivity) => run(() => connector.updateSettings({ sensitivity }))}
          />
          {sensitivityLock && <LockNote id="global-sensitivity-lock" />}
        </div>
      </div>
      <p class="mx-visually-hidden" role="status">
        {query ? t('optionsSearchResults', String(shown.length)) : ''}
      </p>
      {shown.length === 0 && (
        <EmptyState title={t('optionsSearchNothing', query)} hint={t('optionsSearchNothingHint')} />
      )}
      {CATEGORIES.map((category) => {
        const entries = shown
          .filter((entry) => entry.principle.category === category)
          .sort((a, b) =>
            textInUiLanguage(a.principle).title.localeCompare(textInUiLanguage(b.principle).title),
          );
        if (entries.length === 0) return null;
        const categoryOn = !settings.disabledCategories.includes(category);
        const all = data.principles.filter((entry) => entry.principle.category === category);
        const onCount = all.filter((entry) => entry.enabled).length;
        const name = categoryLabel(category);
        return (
          <section class="category" key={category} aria-labelledby={`category-${category}`}>
            <div class="category__head">
              <h3 id={`category-${category}`} class="category__title">
                <span
                  class="category__dot"
                  style={{ background: categoryColour(category) }}
                  aria-hidden="true"
                />
                {name}
                <span class="category__count">
                  {t('optionsCategoryCount', [String(onCount), String(all.length)])}
                </span>
              </h3>
              <Toggle
                label={t('optionsCategorySwitch', name)}
                hideLabel
                checked={categoryOn}
                onChange={(on) => void setCategory(category, on)}
              />
            </div>
            <ul class="principle-list">
              {entries.map((entry) => (
                <PrincipleSettingsRow key={entry.id} entry={entry} categoryOn={categoryOn} />
              ))}
            </ul>
          </section>
        );
      })}
    </Section>
  );
}
