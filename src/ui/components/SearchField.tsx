/** A search field with a label, a search icon and a clear button. */
import type { JSX, Ref } from 'preact';
import { Icon } from './Icon';

/** A labelled search input; Esc and the clear button empty it (the owner decides via onInput). */
export function SearchField({
  label,
  value,
  placeholder,
  clearLabel,
  onInput,
  inputRef,
  ...rest
}: Omit<JSX.HTMLAttributes<HTMLInputElement>, 'onInput' | 'value'> & {
  label: string;
  value: string;
  placeholder?: string;
  clearLabel: string;
  onInput: (value: string) => void;
  inputRef?: Ref<HTMLInputElement>;
}) {
  return (
    <div class="mx-search" role="search">
      <Icon name="search" class="mx-search__icon" />
      <input
        {...rest}
        ref={inputRef}
        class="mx-search__input"
        type="search"
        aria-label={label}
        placeholder={placeholder}
        value={value}
        autocomplete="off"
        spellcheck={false}
        onInput={(event) => onInput(event.currentTarget.value)}
      />
      {value !== '' && (
        <button
          type="button"
          class="mx-search__clear"
          aria-label={clearLabel}
          title={clearLabel}
          onClick={() => onInput('')}
        >
          <Icon name="close" size={16} />
        </button>
      )}
    </div>
  );
}
