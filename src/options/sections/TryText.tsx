/** "Try your text": runs the engine on a sample text and shows what fires, its evidence and score. */
import { useMemo, useState } from 'preact/hooks';
import type { ComponentChildren } from 'preact';
import type { Context, Pack } from '../../data/types';
import { analyze, type Analysis, type EngineSettings, type Evidence } from '../../engine';
import { t } from '../../ui/i18n';
import { contextLabel, textInUiLanguage } from '../labels';

/** The text with the evidence spans marked, overlapping spans merged. */
function MarkedText(props: { text: string; evidence: readonly Evidence[] }) {
  const spans = [...props.evidence].sort((a, b) => a.start - b.start);
  const parts: ComponentChildren[] = [];
  let at = 0;
  for (const span of spans) {
    if (span.end <= at) continue;
    const start = Math.max(span.start, at);
    if (start > at) parts.push(props.text.slice(at, start));
    parts.push(<mark key={start}>{props.text.slice(start, span.end)}</mark>);
    at = span.end;
  }
  parts.push(props.text.slice(at));
  return <p class="try__marked">{parts}</p>;
}

/** "No principle comes up", "1 principle comes up", "3 principles come up" (text in English). */
function summaryText(count: number, language: string): string {
  const lang = language === 'de' ? t('optionsLanguageGerman') : t('optionsLanguageEnglish');
  if (count === 0) return t('optionsTryNothing');
  return count === 1 ? t('optionsTryFoundOne', lang) : t('optionsTryFound', [String(count), lang]);
}

function runAnalysis(
  text: string,
  packs: readonly Pack[],
  language: 'auto' | 'en' | 'de',
  context: Context,
  settings: EngineSettings,
  asCard: boolean,
) {
  try {
    // The card's cut-off for a rep; for a pack author every principle above its threshold, so
    // theirs shows next to stronger ones.
    return {
      analysis: analyze(text, {
        packs,
        language,
        context,
        settings: asCard ? settings : { ...settings, relativeCutoff: 0 },
      }),
    };
  } catch (error) {
    return { error: error instanceof Error ? error.message : String(error) };
  }
}

/** The try box. `focusId` is the principle being edited: it is marked and never disabled. */
export function TryText(props: {
  id: string;
  packs: readonly Pack[];
  settings: EngineSettings;
  language: 'auto' | 'en' | 'de';
  focusId?: string;
  initialText?: string;
  /** Show what the inline card would show (its cut-off, each principle's summary). */
  asCard?: boolean;
}) {
  const [text, setText] = useState(props.initialText ?? '');
  const [context, setContext] = useState<Context>('any');
  const settings = useMemo(
    () => ({
      ...props.settings,
      disabled: (props.settings.disabled ?? []).filter((x) => x !== props.focusId),
    }),
    [props.settings, props.focusId],
  );
  const result: { analysis?: Analysis; error?: string } = useMemo(
    () =>
      text.trim() === ''
        ? {}
        : runAnalysis(text, props.packs, props.language, context, settings, props.asCard === true),
    [text, props.packs, props.language, context, settings, props.asCard],
  );
  const suggestions = result.analysis?.suggestions ?? [];
  const focusFired = props.focusId !== undefined && suggestions.some((s) => s.id === props.focusId);
  return (
    <div class="try">
      <div class="field">
        <label for={`${props.id}-text`}>{t('optionsTryLabel')}</label>
        <textarea
          id={`${props.id}-text`}
          rows={5}
          value={text}
          placeholder={t('optionsTryPlaceholder')}
          onInput={(e) => setText(e.currentTarget.value)}
        />
      </div>
      <div class="field field--inline">
        <label for={`${props.id}-context`}>{t('optionsTryContext')}</label>
        <select
          id={`${props.id}-context`}
          value={context}
          onChange={(e) => setContext(e.currentTarget.value as Context)}
        >
          {(['any', 'email', 'crm'] as const).map((c) => (
            <option key={c} value={c}>
              {contextLabel(c)}
            </option>
          ))}
        </select>
      </div>
      <div class="try__result" aria-live="polite" data-testid={`${props.id}-result`}>
        {result.error && <p class="field-errors">{t('optionsTryError', result.error)}</p>}
        {result.analysis && (
          <>
            <p class="try__summary">
              {summaryText(suggestions.length, result.analysis.language)}
              {props.focusId &&
                (focusFired ? ` ${t('optionsTryFocusFires')}` : ` ${t('optionsTryFocusSilent')}`)}
            </p>
            {suggestions.length > 0 && (
              <MarkedText text={text} evidence={suggestions.flatMap((s) => s.evidence)} />
            )}
            <ol class="try__list">
              {suggestions.map((s) => (
                <li
                  key={s.id}
                  class={s.id === props.focusId ? 'try__item try__item--focus' : 'try__item'}
                  data-principle={s.id}
                >
                  <span class="try__title">{textInUiLanguage(s.principle).title}</span>
                  <span class="try__score">
                    {t('optionsTryScore', String(Math.round(s.score * 100)))}
                  </span>
                  {props.asCard && (
                    <span class="try__summary-line">{textInUiLanguage(s.principle).summary}</span>
                  )}
                  <span class="try__evidence">
                    {s.evidence.map((e) => (
                      <mark key={`${e.start}-${e.end}`}>{e.text}</mark>
                    ))}
                  </span>
                </li>
              ))}
            </ol>
          </>
        )}
      </div>
    </div>
  );
}
