/**
 * Language and look: the interface language (applies at once), the language texts are analysed
 * in, the theme and the marks under the phrases, as switches.
 */
import type { Settings } from '../../settings';
import { Toggle } from '../../ui/components';
import { browserUiLanguage, t } from '../../ui/i18n';
import { Card, Section } from '../components';
import { usePage } from '../state';

type Choice = 'auto' | 'en' | 'de';

function LanguageChoice(props: {
  name: string;
  title: string;
  value: Choice;
  labels: Record<Choice, string>;
  onChange: (value: Choice) => void;
}) {
  const titleId = `${props.name}-title`;
  return (
    <Card title={props.title} headingId={titleId}>
      <div role="radiogroup" aria-labelledby={titleId} class="choices">
        {(['auto', 'en', 'de'] as const).map((choice) => (
          <label key={choice} class="radio">
            <input
              type="radio"
              name={props.name}
              value={choice}
              checked={props.value === choice}
              onChange={() => props.onChange(choice)}
            />
            <span class="radio__label" lang={choice === 'auto' ? undefined : choice}>
              {props.labels[choice]}
            </span>
          </label>
        ))}
      </div>
    </Card>
  );
}

/** The system's colour scheme now, so leaving "follow the system" changes nothing on screen. */
function systemTheme(): 'light' | 'dark' {
  return matchMedia('(prefers-color-scheme: dark)').matches ? 'dark' : 'light';
}

/** Theme and marks, each a switch. */
function LookCard(props: { settings: Settings; save: (patch: Partial<Settings>) => void }) {
  const { settings, save } = props;
  const followSystem = settings.theme === 'system';
  const dark = followSystem ? systemTheme() === 'dark' : settings.theme === 'dark';
  return (
    <Card title={t('optionsLookTitle')}>
      <div class="switches">
        <Toggle
          label={t('optionsThemeSystem')}
          description={t('optionsThemeSystemHint')}
          checked={followSystem}
          onChange={(on) => save({ theme: on ? 'system' : systemTheme() })}
        />
        <Toggle
          label={t('optionsThemeDark')}
          description={followSystem ? t('optionsThemeDarkHint') : undefined}
          checked={dark}
          disabled={followSystem}
          onChange={(on) => save({ theme: on ? 'dark' : 'light' })}
        />
        <Toggle
          label={t('optionsHighlights')}
          description={t('optionsHighlightsHint')}
          checked={settings.showHighlights}
          onChange={(showHighlights) => save({ showHighlights })}
        />
      </div>
    </Card>
  );
}

/** The Language section. */
export function LanguageSection() {
  const { data, connector, run } = usePage();
  const { settings } = data;
  const save = (patch: Partial<Settings>) => run(() => connector.updateSettings(patch));
  const browserName = browserUiLanguage() === 'de' ? 'Deutsch' : 'English';
  return (
    <Section id="language" title={t('optionsNavLanguage')} lead={t('optionsLanguageLead')}>
      <LanguageChoice
        name="ui-language"
        title={t('optionsUiLanguage')}
        value={settings.uiLanguage}
        labels={{ auto: t('optionsUiLanguageAuto', browserName), en: 'English', de: 'Deutsch' }}
        onChange={(uiLanguage) => void save({ uiLanguage })}
      />
      <LanguageChoice
        name="analysis-language"
        title={t('optionsAnalysisLanguage')}
        value={settings.analysisLanguage}
        labels={{
          auto: t('optionsAnalysisAuto'),
          en: t('optionsLanguageEnglish'),
          de: t('optionsLanguageGerman'),
        }}
        onChange={(analysisLanguage) => void save({ analysisLanguage })}
      />
      <LookCard settings={settings} save={(patch) => void save(patch)} />
    </Section>
  );
}
