/** Packs: the installed principle packs (bundled, team, imported, own), export and remove; import. */
import { useState } from 'preact/hooks';
import { Button } from '../../ui/components';
import type { PackSummary } from '../../ui/connector';
import { t } from '../../ui/i18n';
import { Card, LockNote, Section } from '../components';
import { downloadText } from '../download';
import { originLabel, principleCount } from '../labels';
import { usePage } from '../state';
import { PackImport } from './PackImport';

/** One installed pack with Export and, for the rep's own packs, Remove (which asks first). */
function PackItem(props: { pack: PackSummary }) {
  const { connector, run } = usePage();
  const [confirming, setConfirming] = useState(false);
  const { pack } = props;
  const name = pack.origin === 'own' ? t('optionsNavMyPrinciples') : pack.name;
  const removable = pack.origin === 'imported' || pack.origin === 'own';
  const exportPack = async () =>
    downloadText(`maxim-pack-${pack.id}-${pack.version}.json`, await connector.exportPack(pack.id));
  return (
    <li class="pack" data-pack={pack.id}>
      <div class="pack__text">
        <span class="pack__name">
          {name}
          {pack.origin !== 'own' && (
            <span class={`tag tag--${pack.origin}`}>{originLabel(pack.origin)}</span>
          )}
        </span>
        <span class="pack__meta">
          <code>{pack.id}</code> · {t('optionsPackVersion', pack.version)} ·{' '}
          {principleCount(pack.principleCount)}
        </span>
        {pack.description && pack.origin !== 'own' && (
          <span class="pack__description">{pack.description}</span>
        )}
        {pack.lock && (
          <LockNote text={pack.origin === 'managed' ? undefined : t('optionsUserPacksDisabled')} />
        )}
      </div>
      <div class="pack__actions">
        <Button
          onClick={() => void run(exportPack, t('optionsExported'))}
          aria-label={`${t('optionsExport')}: ${name}`}
        >
          {t('optionsExport')}
        </Button>
        {removable &&
          (confirming ? (
            <>
              <Button
                variant="danger"
                onClick={() =>
                  void run(() => connector.removePack(pack.id), t('optionsPackRemoved', name))
                }
              >
                {t('optionsRemoveConfirm', name)}
              </Button>
              <Button onClick={() => setConfirming(false)}>{t('optionsCancel')}</Button>
            </>
          ) : (
            <Button
              variant="danger"
              onClick={() => setConfirming(true)}
              aria-label={`${t('optionsRemove')}: ${name}`}
            >
              {t('optionsRemove')}
            </Button>
          ))}
      </div>
    </li>
  );
}

/** The Packs section. */
export function PacksSection() {
  const { data } = usePage();
  const lock = data.managed.userPacksDisabled;
  return (
    <Section id="packs" title={t('optionsNavPacks')} lead={t('optionsPacksLead')}>
      <Card title={t('optionsInstalledPacks')}>
        <ul class="pack-list">
          {data.packs.map((pack) => (
            <PackItem key={`${pack.origin}-${pack.id}`} pack={pack} />
          ))}
        </ul>
      </Card>
      <Card title={t('optionsImportTitle')}>
        {lock ? <LockNote text={t('optionsImportLocked')} /> : <PackImport />}
      </Card>
    </Section>
  );
}
