/**
 * One principle in the card. Folded, it is one row: the title and a line that quotes the rep's own
 * words next to what the principle asks. Open, it shows the rep's sentence beside a phrasing whose
 * fill-in fields the rep tabs through, then Replace sentence, Insert at caret and Copy; why it
 * matters; Dismiss and Mute. A principle the draft already follows shows what shows it, and no
 * phrasing.
 */
import type { ComponentChildren, JSX } from 'preact';
import { useMemo, useRef, useState } from 'preact/hooks';
import {
  fieldLabels,
  fillTemplate,
  isNameField,
  parseTemplate,
  type TemplatePart,
} from '../../coach/template';
import type { CardHandlers, CardItem, ItemStatus, Translate } from './model';

/** Props of one principle. */
export interface PrincipleItemProps {
  item: CardItem;
  active: boolean;
  status: ItemStatus | undefined;
  /** The name of the draft's greeting, for `{name}` fields. */
  greetingName: string | null;
  handlers: CardHandlers;
  t: Translate;
}

/** A button of the card: its `data-action` (what tests and the keyboard model find it by) and its label. */
function Action({
  class: className,
  action,
  label,
  onClick,
  children,
}: {
  class: string;
  action: string;
  label: string;
  onClick(): void;
  children: ComponentChildren;
}) {
  return (
    <button
      type="button"
      class={className}
      data-action={action}
      aria-label={label}
      onClick={onClick}
    >
      {children}
    </button>
  );
}

/** Width of a field input, in characters: its label or its value, whichever is longer. */
function fieldWidth(label: string, value: string): number {
  return Math.min(Math.max(label.length, value.length, 4) + 1, 40);
}

/** The phrasing with an input for each field, in the flow of its text. */
function Phrasing({
  parts,
  values,
  onValue,
  onEnter,
  t,
}: {
  parts: readonly TemplatePart[];
  values: Readonly<Record<string, string>>;
  onValue(label: string, value: string): void;
  onEnter(): void;
  t: Translate;
}) {
  const onKeyDown = (event: JSX.TargetedKeyboardEvent<HTMLInputElement>) => {
    if (event.key !== 'Enter' || event.isComposing) return;
    event.preventDefault();
    onEnter();
  };
  // A label used twice is one field: the later places show what the first one holds.
  const seen = new Set<string>();
  return (
    <p class="phrasing" data-phrasing>
      {parts.map((part, index) => {
        if (part.kind === 'text') return part.text;
        if (seen.has(part.label))
          return (
            <span key={`${index}:${part.label}`} class="fill-echo" data-echo={part.label}>
              {values[part.label] || part.label}
            </span>
          );
        seen.add(part.label);
        return (
          <input
            key={`${index}:${part.label}`}
            class="fill"
            type="text"
            data-field={part.label}
            placeholder={part.label}
            aria-label={t('cardFieldLabel', part.label)}
            size={fieldWidth(part.label, values[part.label] ?? '')}
            value={values[part.label] ?? ''}
            onInput={(event) => onValue(part.label, event.currentTarget.value)}
            onKeyDown={onKeyDown}
          />
        );
      })}
    </p>
  );
}

/** A principle of the card; only the active one shows its body. */
export function PrincipleItem({
  item,
  active,
  status,
  greetingName,
  handlers,
  t,
}: PrincipleItemProps) {
  const [phrasingIndex, setPhrasingIndex] = useState(0);
  const [values, setValues] = useState<Record<string, string>>({});
  const [missing, setMissing] = useState<string | null>(null);
  const bodyRef = useRef<HTMLDivElement>(null);
  const count = item.phrasings.length;
  const phrasing = item.phrasings[phrasingIndex % Math.max(count, 1)];
  const parts = useMemo(() => parseTemplate(phrasing?.template ?? ''), [phrasing?.template]);
  const labels = fieldLabels(parts);
  // A `{name}` field starts with the greeting's name; the rep may change it.
  const valueOf = (label: string) =>
    values[label] ?? (isNameField(label) && greetingName ? greetingName : '');
  const filledValues = Object.fromEntries(labels.map((label) => [label, valueOf(label)]));
  const bodyId = `maxim-body-${item.id}`;
  const titleId = `maxim-title-${item.id}`;
  const done = item.done !== undefined;
  const quote = done ? item.done?.[0] : item.evidence[0];

  /** The filled phrasing, or null after focusing the first empty field and saying so. */
  const filled = (): string | null => {
    const text = fillTemplate(parts, filledValues);
    if (text !== null) {
      setMissing(null);
      return text;
    }
    const empty = labels.find((label) => valueOf(label).trim() === '') ?? '';
    setMissing(empty);
    bodyRef.current
      ?.querySelector<HTMLInputElement>(`input[data-field="${CSS.escape(empty)}"]`)
      ?.focus();
    return null;
  };
  const act = (action: (id: string, text: string) => void) => () => {
    const text = filled();
    if (text !== null) action(item.id, text);
  };
  const primary = item.sentence ? act(handlers.onReplace) : act(handlers.onInsert);

  return (
    <li
      class={`principle${active ? ' principle--active' : ''}${done ? ' principle--done' : ''}`}
      data-principle-id={item.id}
      data-done={done ? '' : undefined}
      lang={item.lang}
    >
      <h3 class="principle__heading">
        <button
          type="button"
          id={titleId}
          class="principle__title"
          aria-expanded={active}
          aria-controls={bodyId}
          data-action="toggle"
          onClick={() => handlers.onActivate(item.id)}
        >
          <span class="principle__chevron" aria-hidden="true">
            {active ? '▾' : '▸'}
          </span>
          {item.markStyle !== undefined && (
            <span
              class={`swatch swatch--s${item.markStyle % 4}`}
              aria-hidden="true"
              title={t('cardMarkSample')}
            >
              abc
            </span>
          )}
          <span class="principle__name">{item.title}</span>
          {done && <span class="principle__done">{t('cardDoneTag')}</span>}
        </button>
      </h3>
      <p class="principle__line" data-why-here>
        {quote && (
          <>
            <q>{quote}</q>
            {' · '}
          </>
        )}
        {done ? t('cardDoneLine') : item.summary}
      </p>
      <div
        class="principle__body"
        id={bodyId}
        role="group"
        aria-labelledby={titleId}
        hidden={!active}
        ref={bodyRef}
      >
        {done && (
          <div class="principle__evidence">
            <span class="label">{t('cardDoneEvidence')}</span>
            <ul class="quotes quotes--done">
              {item.done?.map((q) => (
                <li key={q}>
                  <q>{q}</q>
                </li>
              ))}
            </ul>
          </div>
        )}
        {!done && item.sentence && (
          <div class="principle__original">
            <span class="label">{t('cardYourSentence')}</span>
            <blockquote class="original" data-sentence>
              {item.sentence.text}
            </blockquote>
          </div>
        )}
        {!done && phrasing && (
          <div class="principle__try">
            <span class="label">
              {t(phrasing.audience === 'note' ? 'cardTryThisNote' : 'cardTryThis')}
              {count > 1 && (
                <span class="label__aside">
                  {t('cardPhrasingOf', [String(phrasingIndex + 1), String(count)])}
                </span>
              )}
            </span>
            <Phrasing
              parts={parts}
              values={filledValues}
              onValue={(label, value) => {
                setValues((old) => ({ ...old, [label]: value }));
                if (missing === label) setMissing(null);
              }}
              onEnter={primary}
              t={t}
            />
            {missing !== null && (
              <p class="status status--error" data-missing>
                {t('cardFillIn', missing)}
              </p>
            )}
            <div class="actions">
              {item.sentence && (
                <Action
                  class={'button button--primary'}
                  action="replace"
                  label={t('cardReplaceLabel')}
                  onClick={primary}
                >
                  {t('cardReplace')}
                </Action>
              )}
              <Action
                class={item.sentence ? 'button' : 'button button--primary'}
                action="insert"
                label={t('cardInsertLabel')}
                onClick={act(handlers.onInsert)}
              >
                {t('cardInsert')}
              </Action>
              <Action
                class={'button'}
                action="copy"
                label={t('cardCopyLabel')}
                onClick={act(handlers.onCopy)}
              >
                {t('cardCopy')}
              </Action>
              {count > 1 && (
                <button
                  type="button"
                  class="button button--quiet"
                  data-action="next-phrasing"
                  aria-label={t('cardNextPhrasingLabel')}
                  title={t('cardNextPhrasingLabel')}
                  onClick={() => {
                    setMissing(null);
                    setPhrasingIndex((i) => (i + 1) % count);
                  }}
                >
                  {t('cardNextPhrasing')}
                </button>
              )}
            </div>
          </div>
        )}
        <p class={`status status--${status?.tone ?? 'none'}`} role="status" data-status>
          {status?.text ?? ''}
        </p>
        {!done && item.evidence.length > 1 && (
          <div class="principle__evidence">
            <span class="label">{t(item.reply ? 'cardEvidenceReply' : 'cardEvidence')}</span>
            <ul class="quotes">
              {item.evidence.map((q) => (
                <li key={q}>
                  <q>{q}</q>
                </li>
              ))}
            </ul>
          </div>
        )}
        <p class="principle__why">
          <span class="label">{t('cardWhy')}</span>
          {item.why}
        </p>
        <div class="actions actions--secondary">
          <Action
            class={'button button--quiet'}
            action="dismiss"
            label={t('cardDismissLabel')}
            onClick={() => handlers.onDismiss(item.id)}
          >
            {t('cardDismiss')}
          </Action>
          {item.mutable && (
            <Action
              class={'button button--quiet'}
              action="mute"
              label={t('cardMuteLabel')}
              onClick={() => handlers.onMute(item.id)}
            >
              {t('cardMute')}
            </Action>
          )}
        </div>
      </div>
    </li>
  );
}
