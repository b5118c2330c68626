/** Sites: where Maxim runs. Known hosts, the rep's own choices, the policy's sites, and the mode. */
import { useState } from 'preact/hooks';
import { KNOWN_SITES, normalizeHostname, type SiteMode } from '../../settings';
import { Button, EmptyState } from '../../ui/components';
import { FieldErrors } from '../components';
import type { SiteChange } from '../../ui/connector';
import { t } from '../../ui/i18n';
import { Card, LockNote, PlainButton, Section } from '../components';
import { usePage } from '../state';

/** A list of hostnames, each removable or locked; an empty state when there is none. */
function SiteList(props: {
  hosts: readonly string[];
  empty: { title: string; hint: string };
  label: string;
  onRemove?: (host: string) => void;
  locked?: boolean;
}) {
  if (props.hosts.length === 0)
    return <EmptyState icon="globe" title={props.empty.title} hint={props.empty.hint} />;
  return (
    <ul class="site-list" aria-label={props.label}>
      {props.hosts.map((host) => (
        <li key={host} class="site">
          <code>{host}</code>
          {props.locked && <LockNote />}
          {props.onRemove && (
            <Button
              variant="ghost"
              size="sm"
              aria-label={`${t('optionsRemove')}: ${host}`}
              onClick={() => props.onRemove?.(host)}
            >
              {t('optionsRemove')}
            </Button>
          )}
        </li>
      ))}
    </ul>
  );
}

/** The words for a site change that did not happen. */
function failureText(change: Exclude<SiteChange, { ok: true }>, host: string): string {
  if (change.reason === 'permission-denied')
    return host ? t('optionsSiteDenied', host) : t('optionsEverywhereDenied');
  if (change.reason === 'invalid-site') return t('optionsSiteInvalid', host);
  if (change.reason === 'locked') return t('optionsLockedByPolicy');
  return t('optionsSaveFailed', change.message ?? '');
}

/** The Sites section. */
export function SitesSection() {
  const { data, connector, run, report } = usePage();
  const { settings, effective, managed } = data;
  const modeLock = managed.settings.siteMode;
  const [newSite, setNewSite] = useState('');
  // The add field's problem, shown under it (the page's status line is far away).
  const [siteError, setSiteError] = useState<string | null>(null);

  /** A site change: asks the browser first where needed, so it must start in the click handler. */
  const change = (pending: Promise<SiteChange>, host: string, done: string) =>
    run(async () => {
      const result = await pending;
      if (!result.ok) throw new Error(failureText(result, host));
    }, done);
  const setMode = (mode: SiteMode) =>
    void change(connector.setSiteMode(mode), '', t('optionsSaved'));
  const addSite = (event: Event) => {
    event.preventDefault();
    const host = normalizeHostname(newSite);
    if (!host) {
      const text = t('optionsSiteInvalid', newSite);
      setSiteError(text);
      report({ kind: 'error', text });
      return;
    }
    // Asked at once, in the click's gesture; its outcome also goes under the field.
    const pending = connector.setSiteEnabled(host, true);
    setSiteError(null);
    void pending.then((result) => {
      if (!result.ok) setSiteError(failureText(result, host));
    });
    void change(pending, host, t('optionsSiteAdded', host)).then((ok) => ok && setNewSite(''));
  };
  const remove = (list: 'sitesOn' | 'sitesOff', host: string) =>
    void run(() => connector.updateSettings({ [list]: settings[list].filter((h) => h !== host) }));

  return (
    <Section id="sites" title={t('optionsNavSites')} lead={t('optionsSitesLead')}>
      <Card title={t('optionsSiteMode')} headingId="site-mode-title">
        <div role="radiogroup" aria-labelledby="site-mode-title" class="choices choices--stacked">
          {(['known', 'everywhere'] as const).map((mode) => (
            <label key={mode} class="radio">
              <input
                type="radio"
                name="site-mode"
                value={mode}
                checked={effective.siteMode === mode}
                disabled={modeLock !== undefined}
                onChange={() => setMode(mode)}
              />
              <span>
                <span class="radio__label">
                  {t(mode === 'known' ? 'optionsModeKnown' : 'optionsModeEverywhere')}
                </span>
                <span class="hint">
                  {t(mode === 'known' ? 'optionsModeKnownHint' : 'optionsModeEverywhereHint')}
                </span>
              </span>
            </label>
          ))}
        </div>
        {modeLock && <LockNote />}
      </Card>
      <Card title={t('optionsSitesOn')}>
        <SiteList
          hosts={settings.sitesOn}
          label={t('optionsSitesOn')}
          empty={{ title: t('optionsSitesOnEmptyTitle'), hint: t('optionsSitesOnEmpty') }}
          onRemove={(h) => remove('sitesOn', h)}
        />
        <form class="add-site" onSubmit={addSite}>
          <label for="add-site">{t('optionsAddSite')}</label>
          <input
            id="add-site"
            type="text"
            inputMode="url"
            placeholder="crm.example.com"
            value={newSite}
            aria-invalid={siteError ? true : undefined}
            aria-describedby={siteError ? 'add-site-error' : undefined}
            onInput={(e) => {
              setNewSite(e.currentTarget.value);
              setSiteError(null);
            }}
          />
          <PlainButton type="submit">{t('optionsAddSiteButton')}</PlainButton>
          <FieldErrors id="add-site-error" errors={siteError ? [siteError] : undefined} />
        </form>
      </Card>
      <Card title={t('optionsSitesOff')}>
        <SiteList
          hosts={settings.sitesOff}
          label={t('optionsSitesOff')}
          empty={{ title: t('optionsSitesOffEmptyTitle'), hint: t('optionsSitesOffEmpty') }}
          onRemove={(h) => remove('sitesOff', h)}
        />
      </Card>
      {managed.sitesLockedOn.length > 0 && (
        <Card title={t('optionsSitesPolicy')}>
          <SiteList
            hosts={managed.sitesLockedOn}
            label={t('optionsSitesPolicy')}
            empty={{ title: '', hint: '' }}
            locked
          />
        </Card>
      )}
      <Card title={t('optionsKnownSites')}>
        <p class="hint">{t('optionsKnownSitesHint')}</p>
        <dl class="known-sites">
          {KNOWN_SITES.map((site) => (
            <div key={site.name} class="known-site">
              <dt>{site.name}</dt>
              <dd>
                {site.hosts.map((h) => (
                  <code key={h}>{h}</code>
                ))}
              </dd>
            </div>
          ))}
        </dl>
      </Card>
    </Section>
  );
}
