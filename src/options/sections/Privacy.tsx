/**
 * Privacy & data: what stays on the machine, insights and local statistics, dismissals, export and
 * import, reset.
 */
import { useState } from 'preact/hooks';
import { Button, EmptyState, Icon } from '../../ui/components';
import { t, uiLanguage } from '../../ui/i18n';
import { Card, PlainButton, Section } from '../components';
import { downloadText } from '../download';
import { textInUiLanguage } from '../labels';
import { usePage } from '../state';
import { InsightsCard } from './Insights';
import { SettingsImport } from './SettingsImport';

/** The local statistics table (all time) with Clear. */
function StatsCard() {
  const { data, connector, run } = usePage();
  const titles = new Map(
    data.principles.map((entry) => [entry.id, textInUiLanguage(entry.principle).title]),
  );
  const rows = Object.entries(data.stats).sort(([, a], [, b]) => b.shown - a.shown);
  return (
    <Card title={t('optionsStatsTitle')}>
      <p class="hint">{t('optionsStatsLead')}</p>
      {rows.length === 0 ? (
        <EmptyState icon="info" title={t('optionsStatsEmpty')} />
      ) : (
        <div class="table-wrap">
          <table class="stats" aria-label={t('optionsStatsTitle')}>
            <thead>
              <tr>
                <th scope="col">{t('optionsStatsPrinciple')}</th>
                <th scope="col">{t('optionsStatsShown')}</th>
                <th scope="col">{t('optionsStatsInserted')}</th>
                <th scope="col">{t('optionsStatsCopied')}</th>
                <th scope="col">{t('optionsStatsDismissed')}</th>
              </tr>
            </thead>
            <tbody>
              {rows.map(([id, counts]) => (
                <tr key={id}>
                  <th scope="row">{titles.get(id) ?? id}</th>
                  <td>{counts.shown}</td>
                  <td>{counts.inserted}</td>
                  <td>{counts.copied}</td>
                  <td>{counts.dismissed}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <div class="actions">
        <PlainButton
          disabled={rows.length === 0}
          onClick={() => void run(() => connector.clearStats(), t('optionsStatsCleared'))}
        >
          {t('optionsStatsClear')}
        </PlainButton>
      </div>
    </Card>
  );
}

/** How many dismissals are listed before "Show all". */
const DISMISSALS_SHOWN = 20;

/** "4 Dec 2026, 14:05" in the interface language. */
function when(at: number): string {
  return new Intl.DateTimeFormat(uiLanguage(), { dateStyle: 'medium', timeStyle: 'short' }).format(
    new Date(at),
  );
}

/** The dismissed suggestions, newest first, each with what it was and a Forget; Forget all. */
function DismissalsCard() {
  const { data, connector, run } = usePage();
  const [all, setAll] = useState(false);
  const titles = new Map(
    data.principles.map((entry) => [entry.id, textInUiLanguage(entry.principle).title]),
  );
  const list = data.dismissalList;
  const shown = all ? list : list.slice(0, DISMISSALS_SHOWN);
  return (
    <Card title={t('optionsDismissalsTitle')}>
      <p class="hint">{t('optionsDismissalsLead')}</p>
      {list.length === 0 ? (
        <EmptyState icon="check" title={t('optionsDismissalsEmpty')} />
      ) : (
        <ul class="dismissal-list" aria-label={t('optionsDismissalsTitle')}>
          {shown.map((d) => {
            const title = titles.get(d.principleId) ?? d.principleId;
            const meta = d.site
              ? t('optionsDismissalOn', [when(d.at), d.site])
              : t('optionsDismissalAt', when(d.at));
            return (
              <li key={`${d.fingerprint}|${d.principleId}`} class="dismissal">
                <span class="dismissal__text">
                  <span class="dismissal__title">{title}</span>
                  <span class="dismissal__meta">{meta}</span>
                </span>
                <Button
                  size="sm"
                  aria-label={t('optionsDismissalForgetLabel', [title, meta])}
                  onClick={() =>
                    void run(
                      () => connector.forgetDismissal(d.fingerprint, d.principleId),
                      t('optionsDismissalForgotten', title),
                    )
                  }
                >
                  {t('optionsDismissalForget')}
                </Button>
              </li>
            );
          })}
        </ul>
      )}
      <div class="actions actions--split">
        <span>{t('optionsDismissalsCount', String(data.dismissals))}</span>
        {list.length > DISMISSALS_SHOWN && !all && (
          <Button onClick={() => setAll(true)}>
            {t('optionsDismissalsShowAll', String(list.length))}
          </Button>
        )}
        <PlainButton
          disabled={data.dismissals === 0}
          onClick={() => void run(() => connector.clearDismissals(), t('optionsDismissalsCleared'))}
        >
          {t('optionsDismissalsClear')}
        </PlainButton>
      </div>
    </Card>
  );
}

/** Reset to defaults, after an inline confirmation; own principles and packs only when asked. */
function ResetCard() {
  const { data, connector, run } = usePage();
  const [confirming, setConfirming] = useState(false);
  const [withPacks, setWithPacks] = useState(false);
  const reset = async () => {
    const mine = data.packs.filter((p) => p.origin === 'imported' || p.origin === 'own');
    const ok = await run(async () => {
      const notices = await connector.resetSettings();
      if (withPacks) for (const pack of mine) await connector.removePack(pack.id);
      return notices;
    }, t('optionsResetDone'));
    if (ok) setConfirming(false);
  };
  return (
    <Card title={t('optionsResetTitle')}>
      <p class="hint">{t('optionsResetLead')}</p>
      {confirming ? (
        <div class="confirm" role="group" aria-labelledby="reset-question">
          <p id="reset-question" class="confirm__question">
            {t('optionsResetQuestion')}
          </p>
          <label class="check">
            <input
              type="checkbox"
              checked={withPacks}
              onChange={(e) => setWithPacks(e.currentTarget.checked)}
            />
            {t('optionsResetWithPacks')}
          </label>
          <div class="actions">
            <Button variant="danger" onClick={() => void reset()}>
              {t('optionsResetConfirm')}
            </Button>
            <Button onClick={() => setConfirming(false)}>{t('optionsCancel')}</Button>
          </div>
        </div>
      ) : (
        <Button variant="danger" onClick={() => setConfirming(true)}>
          {t('optionsReset')}
        </Button>
      )}
    </Card>
  );
}

/** The Privacy & data section. */
export function PrivacySection() {
  const { data, connector, run } = usePage();
  const day = new Date().toISOString().slice(0, 10);
  const exportAll = async () =>
    downloadText(`maxim-settings-${day}.json`, await connector.exportSettings());
  const exportQuarantine = async () =>
    downloadText('maxim-set-aside-packs.json', JSON.stringify(data.quarantined, null, 2));
  return (
    <Section id="privacy" title={t('optionsNavPrivacy')}>
      <div class="privacy-statement">
        <Icon name="lock" size={22} class="privacy-statement__icon" />
        <div>
          <p class="privacy-statement__lead">{t('privacyStatement')}</p>
          <p class="hint">{t('optionsPrivacyDetail')}</p>
        </div>
      </div>
      <InsightsCard />
      <StatsCard />
      <DismissalsCard />
      <Card title={t('optionsExportTitle')}>
        <p class="hint">{t('optionsExportLead')}</p>
        <SettingsImport>
          <Button onClick={() => void run(exportAll, t('optionsExported'))}>
            {t('optionsExportAll')}
          </Button>
        </SettingsImport>
      </Card>
      {data.quarantined.length > 0 && (
        <Card title={t('optionsQuarantineTitle')}>
          <p class="hint">{t('optionsQuarantineLead', String(data.quarantined.length))}</p>
          <div class="actions">
            <Button onClick={() => void run(exportQuarantine, t('optionsExported'))}>
              {t('optionsQuarantineExport')}
            </Button>
            <Button variant="danger" onClick={() => void run(() => connector.clearQuarantine())}>
              {t('optionsQuarantineClear')}
            </Button>
          </div>
        </Card>
      )}
      <ResetCard />
    </Section>
  );
}
