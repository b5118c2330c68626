/** My principles: the rep's own principles, to create, edit, duplicate, delete and try out. */
import { useState } from 'preact/hooks';
import type { Principle } from '../../data/types';
import { OWN_PACK_ID } from '../../settings';
import { categoryLabel } from '../../ui/categories';
import { Button, EmptyState, NoticeBanner } from '../../ui/components';
import { t } from '../../ui/i18n';
import { Card, Section } from '../components';
import { downloadText } from '../download';
import { blankSignal, LANGUAGES, toDraft, uniqueId, type PrincipleDraft } from '../editor-model';
import { blankSimpleDraft, isSimple, toSimpleDraft, type SimpleDraft } from '../simple-model';
import { textInUiLanguage } from '../labels';
import { usePage } from '../state';
import { PrincipleEditor } from './PrincipleEditor';
import { SimplePrincipleForm } from './SimplePrinciple';

/** A copy of a principle under a free id, its titles marked as a copy. */
function duplicate(principle: Principle, taken: readonly string[]): Principle {
  const copy = structuredClone(principle);
  copy.id = uniqueId(`${principle.id}-copy`, taken);
  for (const text of Object.values(copy.text))
    text.title = t('optionsCopyTitle', text.title).slice(0, 120);
  return copy;
}

/** One own principle in the list, with its actions (delete asks first). */
function OwnPrincipleItem(props: {
  principle: Principle;
  /** Absent while the policy disables own principles: they can only be deleted then. */
  onEdit?: () => void;
  onDuplicate?: () => void;
  onDelete: () => void;
}) {
  const [confirming, setConfirming] = useState(false);
  const { principle } = props;
  const title = textInUiLanguage(principle).title;
  const languages = (['en', 'de'] as const)
    .filter((l) => principle.text[l])
    .map((l) => l.toUpperCase());
  return (
    <li class="own" data-principle={principle.id}>
      <div class="own__text">
        <span class="own__title">{title}</span>
        <span class="own__meta">
          <code>{principle.id}</code> · {categoryLabel(principle.category)} ·{' '}
          {languages.join(' + ')}
        </span>
      </div>
      {confirming ? (
        <div class="own__actions" role="group" aria-label={t('optionsDeleteConfirm', title)}>
          <span class="own__confirm">{t('optionsDeleteConfirm', title)}</span>
          <Button variant="danger" onClick={props.onDelete}>
            {t('optionsDelete')}
          </Button>
          <Button onClick={() => setConfirming(false)}>{t('optionsCancel')}</Button>
        </div>
      ) : (
        <div class="own__actions">
          {props.onEdit && (
            <Button onClick={props.onEdit} aria-label={`${t('optionsEdit')}: ${title}`}>
              {t('optionsEdit')}
            </Button>
          )}
          {props.onDuplicate && (
            <Button onClick={props.onDuplicate} aria-label={`${t('optionsDuplicate')}: ${title}`}>
              {t('optionsDuplicate')}
            </Button>
          )}
          <Button
            variant="danger"
            onClick={() => setConfirming(true)}
            aria-label={`${t('optionsDelete')}: ${title}`}
          >
            {t('optionsDelete')}
          </Button>
        </div>
      )}
    </li>
  );
}

/** What is open: the simple form or the full editor, on a principle saved under `savedId` or a new one. */
type Editing =
  | { mode: 'simple'; draft: SimpleDraft; savedId?: string }
  | { mode: 'advanced'; draft: PrincipleDraft; savedId?: string };

/** The editor that shows a principle without losing anything: the simple form when it can. */
function editorFor(principle: Principle): Editing {
  return isSimple(principle)
    ? { mode: 'simple', draft: toSimpleDraft(principle), savedId: principle.id }
    : { mode: 'advanced', draft: toDraft(principle), savedId: principle.id };
}

/** The full editor's form of what the simple form holds: a blank signal row where it has none. */
function advancedDraft(principle: Principle): PrincipleDraft {
  const draft = toDraft(principle);
  for (const language of LANGUAGES) {
    const lang = draft[language];
    if (lang.enabled && lang.triggers.length === 0) lang.triggers = [blankSignal()];
  }
  return draft;
}

/** The My principles section. */
export function MyPrinciplesSection() {
  const { data, connector, run } = usePage();
  const [editing, setEditing] = useState<Editing | null>(null);
  const { own } = data;
  const disabled = data.managed.userPacksDisabled !== null;

  const onDuplicate = async (principle: Principle) => {
    const copy = duplicate(
      principle,
      own.map((p) => p.id),
    );
    if (
      await run(
        () => connector.saveOwnPrinciple(copy),
        t('optionsDuplicated', textInUiLanguage(copy).title),
      )
    ) {
      setEditing(editorFor(copy));
    }
  };
  const onDelete = (principle: Principle) =>
    run(
      () => connector.deleteOwnPrinciple(principle.id),
      t('optionsDeleted', textInUiLanguage(principle).title),
    );
  const exportOwn = async () =>
    downloadText('maxim-my-principles.json', await connector.exportPack(OWN_PACK_ID));

  if (editing?.mode === 'simple') {
    return (
      <Section id="my-principles" title={t('optionsNavMyPrinciples')}>
        <SimplePrincipleForm
          key={editing.savedId ?? 'new'}
          draft={editing.draft}
          savedId={editing.savedId}
          onClose={() => setEditing(null)}
          onAdvanced={(principle) =>
            setEditing({
              mode: 'advanced',
              draft: advancedDraft(principle),
              savedId: editing.savedId,
            })
          }
        />
      </Section>
    );
  }
  if (editing) {
    return (
      <Section id="my-principles" title={t('optionsNavMyPrinciples')}>
        <PrincipleEditor
          key={editing.savedId ?? 'new'}
          draft={editing.draft}
          savedId={editing.savedId}
          onClose={() => setEditing(null)}
        />
      </Section>
    );
  }
  return (
    <Section
      id="my-principles"
      title={t('optionsNavMyPrinciples')}
      lead={t('optionsMyPrinciplesLead')}
    >
      {disabled && <NoticeBanner tone="info" title={t('optionsUserPacksDisabled')} />}
      <div class="actions">
        {/* A plain button: the shared Button does not take `disabled`. */}
        <button
          type="button"
          class="mx-button mx-button--primary mx-button--md"
          disabled={disabled}
          onClick={() => setEditing({ mode: 'simple', draft: blankSimpleDraft() })}
        >
          {t('optionsNewPrinciple')}
        </button>
        {own.length > 0 && (
          <Button onClick={() => void run(exportOwn, t('optionsExported'))}>
            {t('optionsExportOwn')}
          </Button>
        )}
      </div>
      {own.length === 0 ? (
        <EmptyState
          icon="quote"
          title={t('optionsNoOwnPrinciples')}
          hint={t('optionsNoOwnPrinciplesHint')}
        />
      ) : (
        <Card>
          <ul class="own-list">
            {own.map((principle) => (
              <OwnPrincipleItem
                key={principle.id}
                principle={principle}
                onEdit={disabled ? undefined : () => setEditing(editorFor(principle))}
                onDuplicate={disabled ? undefined : () => void onDuplicate(principle)}
                onDelete={() => void onDelete(principle)}
              />
            ))}
          </ul>
        </Card>
      )}
    </Section>
  );
}
