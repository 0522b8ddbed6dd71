import { useState, type KeyboardEvent, type ReactNode } from 'react';

interface Props<T> {
  id: string;
  value: string;
  onInput: (text: string) => void;
  /** What to offer for the text typed (an empty list: nothing shown). */
  options: readonly T[];
  /** Whether the list may show (the input has focus, or text). */
  open: boolean;
  onOpenChange: (open: boolean) => void;
  optionKey: (option: T) => string;
  renderOption: (option: T) => ReactNode;
  onPick: (option: T) => void;
  /** The list's accessible name. */
  listLabel: string;
  placeholder?: string;
  inputProps?: Record<string, unknown>;
}

/**
 * A text input that offers choices as you type (ARIA 1.2 combobox with a listbox): arrows move,
 * Enter picks, Escape closes; a choice is picked with the mouse on mousedown, before the input's
 * blur would close the list. The event and contact pickers are this with their own search.
 */
export function Combobox<T>({ id, value, onInput, options, open, onOpenChange, optionKey, renderOption, onPick, listLabel, placeholder, inputProps }: Props<T>) {
  const [active, setActive] = useState(-1);
  const shown = open && options.length > 0;
  const pick = (option: T) => {
    onPick(option);
    onOpenChange(false);
    setActive(-1);
  };
  const onKeyDown = (e: KeyboardEvent<HTMLInputElement>) => {
    if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
      e.preventDefault();
      onOpenChange(true);
      const step = e.key === 'ArrowDown' ? 1 : -1;
      setActive((current) => (options.length === 0 ? -1 : (current + step + options.length) % options.length));
    } else if (e.key === 'Enter' && shown && active >= 0) {
      e.preventDefault();
      pick(options[active]!);
    } else if (e.key === 'Escape' && shown) {
      e.preventDefault();
      onOpenChange(false);
    }
  };
  return (
    <div className="combobox">
      <input
        id={id}
        role="combobox"
        autoComplete="off"
        aria-autocomplete="list"
        aria-expanded={shown}
        aria-controls={`${id}-list`}
        aria-activedescendant={shown && active >= 0 ? `${id}-option-${active}` : undefined}
        placeholder={placeholder}
        value={value}
        onChange={(e) => {
          onInput(e.target.value);
          onOpenChange(true);
          setActive(-1);
        }}
        onFocus={() => onOpenChange(true)}
        onBlur={() => onOpenChange(false)}
        onKeyDown={onKeyDown}
        {...inputProps}
      />
      <ul id={`${id}-list`} role="listbox" aria-label={listLabel} hidden={!shown} className="listbox">
        {options.map((option, index) => (
          <li
            key={optionKey(option)}
            id={`${id}-option-${index}`}
            role="option"
            aria-selected={index === active}
            onMouseDown={(e) => {
              e.preventDefault();
              pick(option);
            }}
          >
            {renderOption(option)}
          </li>
        ))}
      </ul>
    </div>
  );
}
