/** One principle's settings in the Principles list: switch, where it comes from, and its adjustments. */
import { useState } from 'preact/hooks';
import type { Context } from '../../data/types';
import { Button, Toggle } from '../../ui/components';
import type { PrincipleEntry } from '../../ui/connector';
import { t } from '../../ui/i18n';
import { LockNote, SensitivitySlider } from '../components';
import { contextLabel, originLabel, textInUiLanguage } from '../labels';
import { usePage } from '../state';

type ContextChoice = 'any' | 'email' | 'crm';

/** The one choice a list of contexts amounts to: both kinds of text, emails or CRM notes. */
function contextChoice(contexts: readonly Context[]): ContextChoice {
  if (contexts.includes('any') || (contexts.includes('email') && contexts.includes('crm')))
    return 'any';
  return contexts[0] === 'crm' ? 'crm' : 'email';
}

/** A row of the Principles list: a principle's on/off switch and adjustments. */
export function PrincipleSettingsRow(props: { entry: PrincipleEntry; categoryOn: boolean }) {
  const { data, connector, run } = usePage();
  const [open, setOpen] = useState(false);
  const { principle, pack, lock } = props.entry;
  const { settings, effective, managed } = data;
  const id = principle.id;
  const domId = `p-${id}`;
  // A locked global sensitivity would be undone by a per-principle one, so that is locked too.
  const sensitivityLock = managed.settings.sensitivity;
  const checked = lock ? lock.value === 'on' : !settings.disabledPrinciples.includes(id);
  const packChoice = contextChoice(principle.contexts);
  const choice = contextChoice(settings.principleContexts[id] ?? principle.contexts);
  const ownSensitivity = settings.principleSensitivity[id];
  const text = textInUiLanguage(principle);
  const hasMeta =
    pack.origin !== 'bundled' ||
    choice !== 'any' ||
    ownSensitivity !== undefined ||
    lock !== null ||
    !props.categoryOn;

  const setOn = (on: boolean) => {
    const others = settings.disabledPrinciples.filter((x) => x !== id);
    return run(() =>
      connector.updateSettings({ disabledPrinciples: on ? others : [...others, id] }),
    );
  };
  const setContexts = (next: ContextChoice) => {
    const { [id]: _dropped, ...rest } = settings.principleContexts;
    const principleContexts = next === packChoice ? rest : { ...rest, [id]: [next] as Context[] };
    return run(() => connector.updateSettings({ principleContexts }));
  };
  const setSensitivity = (value: number | undefined) => {
    const { [id]: _dropped, ...rest } = settings.principleSensitivity;
    const principleSensitivity = value === undefined ? rest : { ...rest, [id]: value };
    return run(() => connector.updateSettings({ principleSensitivity }));
  };

  return (
    <li class={props.entry.enabled ? 'principle' : 'principle principle--off'} data-principle={id}>
      <Toggle
        label={text.title}
        description={text.summary}
        checked={checked}
        disabled={lock !== null}
        onChange={(on) => void setOn(on)}
      />
      <Button
        variant="ghost"
        size="sm"
        icon="chevron"
        class={open ? 'principle__adjust principle__adjust--open' : 'principle__adjust'}
        aria-expanded={open}
        aria-controls={`${domId}-details`}
        aria-label={`${t('optionsAdjust')}: ${text.title}`}
        onClick={() => setOpen(!open)}
      >
        {t('optionsAdjust')}
      </Button>
      {hasMeta && (
        <div class="principle__meta">
          {pack.origin !== 'bundled' && (
            <span class={`tag tag--${pack.origin}`}>
              {pack.origin === 'imported' ? pack.name : originLabel(pack.origin)}
            </span>
          )}
          {choice !== 'any' && <span class="tag">{contextLabel(choice)}</span>}
          {ownSensitivity !== undefined && (
            <span class="tag">
              {t('optionsOwnSensitivityTag', String(Math.round(ownSensitivity * 100)))}
            </span>
          )}
          {lock && <LockNote />}
          {!props.categoryOn && !lock && <span class="note">{t('optionsOffWithCategory')}</span>}
        </div>
      )}
      {open && (
        <div class="principle__details" id={`${domId}-details`}>
          <div class="field field--inline">
            <label for={`${domId}-contexts`}>{t('optionsAppliesTo')}</label>
            <select
              id={`${domId}-contexts`}
              value={choice}
              onChange={(e) => void setContexts(e.currentTarget.value as ContextChoice)}
            >
              {(['any', 'email', 'crm'] as const).map((c) => (
                <option key={c} value={c}>
                  {contextLabel(c)}
                  {c === packChoice ? ` ${t('optionsPackDefault')}` : ''}
                </option>
              ))}
            </select>
          </div>
          <Toggle
            label={t('optionsOwnSensitivity')}
            description={
              sensitivityLock ? t('optionsLockedByPolicy') : t('optionsOwnSensitivityHint')
            }
            checked={ownSensitivity !== undefined}
            disabled={sensitivityLock !== undefined}
            onChange={(on) => void setSensitivity(on ? effective.sensitivity : undefined)}
          />
          {ownSensitivity !== undefined && (
            <SensitivitySlider
              id={`${domId}-sensitivity`}
              label={t('optionsSensitivityFor', text.title)}
              value={ownSensitivity}
              disabled={sensitivityLock !== undefined}
              onCommit={(value) => void setSensitivity(value)}
            />
          )}
        </div>
      )}
    </li>
  );
}
