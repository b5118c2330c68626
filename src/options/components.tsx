/** Small building blocks of the options page: lock note, field errors, section frame, slider. */
import type { ComponentChildren, JSX } from 'preact';
import { LockBadge } from '../ui/components';
import { t } from '../ui/i18n';

/** The padlock badge with the reason, on anything the organisation's policy sets. */
export function LockNote(props: { id?: string; text?: string }) {
  return (
    <span id={props.id} class="lock-note">
      <LockBadge label={props.text ?? t('optionsLockedByPolicy')} />
    </span>
  );
}

/** The problems of one form field, announced when they appear. */
export function FieldErrors(props: { id: string; errors: readonly string[] | undefined }) {
  if (!props.errors || props.errors.length === 0) return null;
  // A div, not a list: role="alert" would take a list's semantics away.
  return (
    <div class="field-errors" id={props.id} role="alert">
      {props.errors.map((message) => (
        <p key={message}>{message}</p>
      ))}
    </div>
  );
}

/** One section of the page: heading (focus target of the navigation), lead text, content. */
export function Section(props: {
  id: string;
  title: string;
  lead?: string;
  children: ComponentChildren;
}) {
  return (
    <section class="section" id={`section-${props.id}`} aria-labelledby={`${props.id}-title`}>
      <h2 id={`${props.id}-title`} tabIndex={-1} class="section__title">
        {props.title}
      </h2>
      {props.lead && <p class="section__lead">{props.lead}</p>}
      {props.children}
    </section>
  );
}

/** A bordered group inside a section, with an optional heading. */
export function Card(props: {
  title?: string;
  headingId?: string;
  children: ComponentChildren;
  class?: string;
}) {
  return (
    <div class={`card${props.class ? ` ${props.class}` : ''}`}>
      {props.title && (
        <h3 class="card__title" id={props.headingId}>
          {props.title}
        </h3>
      )}
      {props.children}
    </div>
  );
}

/** A sensitivity slider from 0 to 100 (stored as 0..1), saved when the rep lets go. */
export function SensitivitySlider(props: {
  id: string;
  label: string;
  value: number;
  disabled?: boolean;
  describedBy?: string;
  onCommit: (value: number) => void;
}) {
  const percent = Math.round(props.value * 100);
  return (
    <div class="slider">
      <label for={props.id} class="slider__label">
        {props.label}
      </label>
      <div class="slider__row">
        <span class="slider__end" aria-hidden="true">
          {t('optionsSensitivityFewer')}
        </span>
        <input
          id={props.id}
          type="range"
          min={0}
          max={100}
          step={5}
          value={percent}
          disabled={props.disabled}
          aria-describedby={props.describedBy}
          aria-valuetext={sensitivityText(percent)}
          onChange={(e) => props.onCommit(Number(e.currentTarget.value) / 100)}
        />
        <span class="slider__end" aria-hidden="true">
          {t('optionsSensitivityMore')}
        </span>
        <output for={props.id} class="slider__value">
          {percent}
        </output>
      </div>
    </div>
  );
}

/** The words for a sensitivity: few strong matches, balanced, or many. */
export function sensitivityText(percent: number): string {
  const word =
    percent < 35
      ? t('optionsSensitivityLow')
      : percent > 65
        ? t('optionsSensitivityHigh')
        : t('optionsSensitivityMid');
  return `${percent} (${word})`;
}

/**
 * A secondary button in the design system's look that takes every button attribute (`disabled`,
 * `type`), which the shared Button's props do not.
 */
export function PlainButton(
  props: JSX.ButtonHTMLAttributes<HTMLButtonElement> & { children: ComponentChildren },
) {
  const { children, ...rest } = props;
  return (
    <button type="button" {...rest} class="mx-button mx-button--secondary mx-button--md">
      <span>{children}</span>
    </button>
  );
}
