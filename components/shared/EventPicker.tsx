import { useEffect, useRef, useState, type KeyboardEvent } from 'react';
import { fromLocalDay } from '@/core/local-day';
import type { EventRecord } from '@/core/records';
import { formatDay, t } from '@/i18n';
import { sendCommand } from '@/messaging/send-command';

interface Props {
  id: string;
  value: string;
  onChange: (name: string) => void;
  /** An existing event was chosen: the form may take its day and place. */
  onPick?: (event: EventRecord) => void;
  inputProps?: Record<string, unknown>;
}

const ASK_AFTER_MS = 120;

/**
 * The event's name, with the existing events offered as you type (the same name, a typo or a
 * different case apart): picking one keeps one event instead of a near-duplicate. A combobox
 * (ARIA 1.2): arrows move, Enter picks, Escape closes; typing a new name makes a new event.
 */
export function EventPicker({ id, value, onChange, onPick, inputProps }: Props) {
  const [options, setOptions] = useState<EventRecord[]>([]);
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(-1);
  const asked = useRef(0);

  useEffect(() => {
    if (!open) return;
    const ask = ++asked.current;
    const timer = setTimeout(() => {
      void sendCommand('findEvents', { query: value }).then((outcome) => {
        // Only the answer to the latest keystroke counts.
        if (ask === asked.current && outcome.ok) setOptions(outcome.value);
      });
    }, ASK_AFTER_MS);
    return () => clearTimeout(timer);
  }, [value, open]);

  const shown = open && options.length > 0;
  const pick = (event: EventRecord) => {
    onChange(event.name);
    onPick?.(event);
    setOpen(false);
    setActive(-1);
  };
  const onKeyDown = (e: KeyboardEvent<HTMLInputElement>) => {
    if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
      e.preventDefault();
      setOpen(true);
      const step = e.key === 'ArrowDown' ? 1 : -1;
      setActive((current) => (options.length === 0 ? -1 : (current + step + options.length) % options.length));
    } else if (e.key === 'Enter' && shown && active >= 0) {
      e.preventDefault();
      pick(options[active]!);
    } else if (e.key === 'Escape' && shown) {
      e.preventDefault();
      setOpen(false);
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
        aria-controls={`${id}-events`}
        aria-activedescendant={shown && active >= 0 ? `${id}-event-${active}` : undefined}
        value={value}
        onChange={(e) => {
          onChange(e.target.value);
          setOpen(true);
          setActive(-1);
        }}
        onFocus={() => setOpen(true)}
        onBlur={() => setOpen(false)}
        onKeyDown={onKeyDown}
        {...inputProps}
      />
      <ul id={`${id}-events`} role="listbox" aria-label={t('eventSuggestions')} hidden={!shown} className="listbox">
        {options.map((event, index) => {
          const day = event.date ? fromLocalDay(event.date) : undefined;
          return (
            <li
              key={event.id}
              id={`${id}-event-${index}`}
              role="option"
              aria-selected={index === active}
              // mousedown, not click: the input's blur would close the list first.
              onMouseDown={(e) => {
                e.preventDefault();
                pick(event);
              }}
            >
              <bdi>{event.name}</bdi>
              {day !== undefined && <span className="muted small"> · {formatDay(day)}</span>}
            </li>
          );
        })}
      </ul>
    </div>
  );
}
