/** The popup: Maxim's quick reference and the switch for the current site. Usable by keyboard alone. */
import { useCallback, useEffect, useMemo, useRef, useState } from 'preact/hooks';
import type { Connector, PrincipleEntry, UiState } from '../ui/connector';
import { Button, Chip, ChipGroup, EmptyState, NoticeBanner, SearchField } from '../ui/components';
import { categoryColour, categoryLabel } from '../ui/categories';
import { t, uiLanguage } from '../ui/i18n';
import { noticeText } from '../ui/notice-text';
import { textOf } from '../ui/principle-text';
import { useUiState } from '../ui/use-ui-state';
import { RESUME_PATCH, pauseState } from '../settings';
import { PauseMenu } from './PauseMenu';
import { draftFirst, sameFilter, visibleEntries, type Filter } from './filters';
import { useSearch, useToast } from './hooks';
import { PrincipleList, focusRow } from './PrincipleList';
import { SiteCard } from './SiteCard';
import { useSite } from './use-site';

/**
 * The keys the footer shows (Esc, the usual one, is left out for room; the search field's
 * description tells screen readers all of them).
 */
const KEY_HINTS = [
  ['↑↓', 'popupKeyMove'],
  ['Enter', 'popupKeyOpen'],
  ['C', 'popupKeyCopy'],
] as const;

/** The popup's root component. */
export function Popup({ connector }: { connector: Connector }) {
  const { state, error } = useUiState(connector);
  // Whether the search field took the focus on open: once per popup, not per render of its parts.
  const openFocus = useRef(false);
  return (
    <main class="popup" aria-labelledby="popup-title">
      <header class="popup__header">
        <img class="popup__logo" src="/icons/icon-32.png" alt="" width={24} height={24} />
        <h1 id="popup-title" class="popup__title">
          {t('extName')}
        </h1>
        {state && pauseState(state.settings, Date.now()).kind === 'running' && (
          <PauseMenu connector={connector} />
        )}
        <Button
          variant="ghost"
          size="sm"
          icon="settings"
          onClick={() => void connector.openOptions()}
        >
          {t('openOptions')}
        </Button>
      </header>
      {error && <NoticeBanner tone="error" title={t('popupLoadFailed', error)} />}
      {state ? (
        <Reference connector={connector} state={state} openFocus={openFocus} />
      ) : (
        !error && <p class="popup__loading">{t('popupLoading')}</p>
      )}
    </main>
  );
}

/** Everything below the header, once the state is loaded. */
function Reference({
  connector,
  state,
  openFocus,
}: {
  connector: Connector;
  state: UiState;
  openFocus: { current: boolean };
}) {
  const [query, setQuery] = useState('');
  const [filter, setFilter] = useState<Filter>({ kind: 'all' });
  const [expanded, setExpanded] = useState<ReadonlySet<string>>(new Set());
  const [activeId, setActiveId] = useState<string | null>(null);
  const [favourites, setFavourites] = useState<Record<string, boolean>>({});
  const [noticesHidden, setNoticesHidden] = useState(false);
  const [toast, showToast] = useToast();
  const searchRef = useRef<HTMLInputElement>(null);
  const site = useSite(connector, state);
  const search = useSearch(state.principles);
  const lang = uiLanguage();

  // Fresh state carries the stored favourites: drop the optimistic ones (no render when none).
  useEffect(() => setFavourites((old) => (Object.keys(old).length === 0 ? old : {})), [state]);
  useEffect(() => {
    // Focus on open, once per page: a part of the popup that renders again later must not take
    // the focus back from a rep who has already moved on with Tab.
    if (openFocus.current) return;
    openFocus.current = true;
    searchRef.current?.focus();
    // A frame later again, because browsers focus the popup document itself first.
    const frame = requestAnimationFrame(() => {
      const current = document.activeElement;
      if (current === null || current === document.body || current === document.documentElement)
        searchRef.current?.focus();
    });
    return () => cancelAnimationFrame(frame);
  }, []);

  const entries = state.principles.map((entry) =>
    entry.id in favourites ? { ...entry, favourite: favourites[entry.id] === true } : entry,
  );
  // With no search, the principles of the tab's draft come first; a search ranks by the query.
  const draftIds = query.trim() === '' ? (site.current?.draft ?? []) : [];
  const { entries: visible, draftCount } = draftFirst(
    visibleEntries(entries, search, query, filter),
    draftIds,
  );
  const active = visible.find((entry) => entry.id === activeId) ?? visible[0] ?? null;
  const favouriteCount = entries.filter((entry) => entry.favourite).length;

  const toggleRow = useCallback(
    (id: string) =>
      setExpanded((open) => {
        const next = new Set(open);
        if (!next.delete(id)) next.add(id);
        return next;
      }),
    [],
  );
  const copy = useCallback(
    async (id: string, text: string) => {
      const ok = await connector.copyText(text);
      if (ok) void connector.recordCopy(id).catch(() => undefined);
      return ok;
    },
    [connector],
  );
  const copyFirst = async (entry: PrincipleEntry) => {
    const phrase = textOf(entry.principle, lang).tryThis[0];
    if (phrase === undefined) return;
    showToast(
      (await copy(entry.id, phrase))
        ? t('popupCopiedToast', textOf(entry.principle, lang).title)
        : t('popupCopyFailed'),
    );
  };
  const favourite = useCallback(
    (id: string, on: boolean) => {
      setFavourites((old) => ({ ...old, [id]: on }));
      void connector
        .setFavourite(id, on)
        .catch(() => setFavourites((old) => ({ ...old, [id]: !on })));
    },
    [connector],
  );
  // Stable, so memoised rows do not re-render for a new actions object.
  const rowActions = useMemo(
    () => ({ onToggle: toggleRow, onFavourite: favourite, onCopy: copy, onFocusRow: setActiveId }),
    [toggleRow, favourite, copy],
  );
  const focusSearch = () => searchRef.current?.focus();

  const onSearchKey = (event: KeyboardEvent) => {
    if (event.key === 'ArrowDown' && active) {
      focusRow(active.id);
      event.preventDefault();
    } else if (event.key === 'Enter' && active) {
      if (!expanded.has(active.id)) toggleRow(active.id);
      focusRow(active.id);
      event.preventDefault();
    }
  };
  const onRootKey = (event: KeyboardEvent) => {
    if (event.key !== 'Escape') return;
    // Nothing left to clear: let Esc do what the browser does with it (close the popup).
    if (query === '' && document.activeElement === searchRef.current) return;
    setQuery('');
    setActiveId(null);
    focusSearch();
    event.preventDefault();
  };

  const pickFilter = (next: Filter) =>
    setFilter((old) => (sameFilter(old, next) ? { kind: 'all' } : next));
  const countText =
    visible.length === 1 ? t('popupResultsOne') : t('popupResultsCount', String(visible.length));

  return (
    <div class="popup__body" onKeyDown={onRootKey}>
      {state.notices.length > 0 && !noticesHidden && (
        <NoticeBanner
          tone="warning"
          title={t('noticesTitle')}
          dismissLabel={t('noticesDismiss')}
          onDismiss={() => setNoticesHidden(true)}
        >
          <ul>
            {state.notices.map((notice, i) => (
              <li key={i}>{noticeText(notice)}</li>
            ))}
          </ul>
        </NoticeBanner>
      )}
      <SiteCard
        current={site.current}
        waiting={site.waiting}
        message={site.message}
        onToggle={site.toggle}
        onResume={() => void connector.updateSettings(RESUME_PATCH)}
        pause={pauseState(state.settings, Date.now())}
      />
      <div class="popup__finder">
        <SearchField
          inputRef={searchRef}
          label={t('popupSearchLabel')}
          placeholder={t('popupSearchPlaceholder')}
          clearLabel={t('popupSearchClear')}
          value={query}
          onInput={(value) => {
            setQuery(value);
            // A new query starts again at its best match.
            setActiveId(null);
          }}
          onKeyDown={onSearchKey}
          aria-controls="principle-list"
          aria-describedby="popup-keys-help"
        />
        <p id="popup-keys-help" class="mx-visually-hidden">
          {t('popupKeysHelp')}
        </p>
        <ChipGroup label={t('popupFilterLabel')}>
          <Chip selected={filter.kind === 'all'} onClick={() => setFilter({ kind: 'all' })}>
            {t('popupFilterAll')}
          </Chip>
          <Chip
            selected={filter.kind === 'favourites'}
            count={favouriteCount > 0 ? favouriteCount : undefined}
            onClick={() => pickFilter({ kind: 'favourites' })}
          >
            {t('popupFilterFavourites')}
          </Chip>
          {state.categories.map((category) => (
            <Chip
              key={category}
              dot={categoryColour(category)}
              selected={filter.kind === 'category' && filter.category === category}
              onClick={() => pickFilter({ kind: 'category', category })}
            >
              {categoryLabel(category)}
            </Chip>
          ))}
        </ChipGroup>
      </div>
      <div class="popup__results" id="principle-list">
        {visible.length > 0 ? (
          <PrincipleList
            entries={visible}
            lang={lang}
            expanded={expanded}
            activeId={active?.id ?? null}
            label={t('popupListLabel')}
            draft={{
              count: draftCount,
              label: t('popupDraftHeading', String(draftCount)),
              restLabel: t('popupDraftRest'),
            }}
            actions={rowActions}
            onCopyFirst={(entry) => void copyFirst(entry)}
            onLeaveTop={focusSearch}
            onTypeAhead={focusSearch}
          />
        ) : (
          <Empty
            query={query}
            filter={filter}
            onClear={() => {
              setQuery('');
              setFilter({ kind: 'all' });
              focusSearch();
            }}
          />
        )}
      </div>
      <footer class="popup__footer">
        <span aria-live="polite">{countText}</span>
        <span class="popup__keys" aria-hidden="true">
          {KEY_HINTS.map(([key, verb]) => (
            <span key={key}>
              <kbd>{key}</kbd> {t(verb)}
            </span>
          ))}
        </span>
      </footer>
      <div class={toast ? 'popup__toast popup__toast--shown' : 'popup__toast'} role="status">
        {toast}
      </div>
    </div>
  );
}

/** What the list shows when nothing is left. */
function Empty({ query, filter, onClear }: { query: string; filter: Filter; onClear: () => void }) {
  if (query === '' && filter.kind === 'favourites') {
    return (
      <EmptyState
        icon="star"
        title={t('popupNoFavouritesTitle')}
        hint={t('popupNoFavouritesHint')}
      />
    );
  }
  return (
    <EmptyState
      title={query ? t('popupNoResultsTitle', query) : t('popupNoneInFilter')}
      hint={t('popupNoResultsHint')}
      action={
        <Button size="sm" onClick={onClear}>
          {t('popupShowAll')}
        </Button>
      }
    />
  );
}
