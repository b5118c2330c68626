/**
 * "Pause" in the popup's header: Maxim off on every site for an hour, until tomorrow, or until
 * the rep turns it back on. The site card then says until when, with a button to resume.
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import type { Connector } from '../ui/connector';
import { Button } from '../ui/components';
import { t } from '../ui/i18n';
import { pausePatch, type PauseChoice } from '../settings';

const CHOICES: readonly [PauseChoice, string][] = [
  ['hour', 'pauseForHour'],
  ['tomorrow', 'pauseUntilTomorrow'],
  ['off', 'pauseUntilTurnedOn'],
];

/** The header's pause button and its small menu. */
export function PauseMenu({ connector }: { connector: Connector }) {
  const [open, setOpen] = useState(false);
  const [failed, setFailed] = useState(false);
  const menu = useRef<HTMLDivElement>(null);
  const toggle = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    if (open) menu.current?.querySelector('button')?.focus();
  }, [open]);

  const pick = (choice: PauseChoice) => {
    setOpen(false);
    setFailed(false);
    connector.updateSettings(pausePatch(choice, Date.now())).catch(() => setFailed(true));
  };
  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key !== 'Escape' || !open) return;
    setOpen(false);
    toggle.current?.focus();
    event.preventDefault();
    event.stopPropagation();
  };
  return (
    <div class="pause" onKeyDown={onKeyDown}>
      <Button
        buttonRef={toggle}
        variant="ghost"
        size="sm"
        icon="pause"
        aria-expanded={open}
        aria-controls="pause-menu"
        onClick={() => setOpen((was) => !was)}
      >
        {t('pauseButton')}
      </Button>
      {open && (
        <div
          ref={menu}
          id="pause-menu"
          class="pause__menu"
          role="group"
          aria-label={t('pauseMenuLabel')}
        >
          {CHOICES.map(([choice, label]) => (
            <button key={choice} type="button" class="pause__choice" onClick={() => pick(choice)}>
              {t(label)}
            </button>
          ))}
        </div>
      )}
      {failed && (
        <p class="pause__failed" role="alert">
          {t('pauseFailed')}
        </p>
      )}
    </div>
  );
}
