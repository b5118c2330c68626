/** Try your text: the first section. A rep pastes a draft and sees what the inline card would bring up. */
import { useMemo } from 'preact/hooks';
import { t } from '../../ui/i18n';
import { Card, Section } from '../components';
import { activeCatalogue, engineSettingsFor, usePage } from '../state';
import { TryText } from './TryText';

/** The Try your text section: every active principle, with the settings the card applies. */
export function TrySection() {
  const { data } = usePage();
  const catalogue = useMemo(() => activeCatalogue(data), [data]);
  const packs = useMemo(() => [catalogue], [catalogue]);
  const settings = useMemo(() => engineSettingsFor(data, catalogue), [data, catalogue]);
  return (
    <Section id="try" title={t('optionsTryTitle')} lead={t('optionsTryLead')}>
      <Card>
        <TryText
          id="try-all"
          packs={packs}
          settings={settings}
          language={data.settings.analysisLanguage}
          asCard
        />
      </Card>
    </Section>
  );
}
