import { useState } from 'react';
import { fromLocalDay } from '@/core/local-day';
import type { EventRecord } from '@/core/records';
import { formatDay, t } from '@/i18n';
import { sendCommand } from '@/messaging/send-command';
import { Combobox } from './Combobox';
import { useLatestAnswer } from './use-latest-answer';

interface Props {
  id: string;
  value: string;
  onChange: (name: string) => void;
  /** An existing event was chosen: the form may take its day and place. */
  onPick?: (event: EventRecord) => void;
  inputProps?: Record<string, unknown>;
}

/**
 * The event's name, with the existing events offered as you type (the same name, a typo or a
 * different case apart): picking one keeps one event instead of a near-duplicate; typing a new
 * name makes a new event.
 */
export function EventPicker({ id, value, onChange, onPick, inputProps }: Props) {
  const [open, setOpen] = useState(false);
  const options = useLatestAnswer(value, open, async (query) => {
    const outcome = await sendCommand('findEvents', { query });
    return outcome.ok ? outcome.value : null;
  });

  return (
    <Combobox
      id={id}
      value={value}
      onInput={onChange}
      options={options}
      open={open}
      onOpenChange={setOpen}
      optionKey={(event) => event.id}
      renderOption={(event) => {
        const day = event.date ? fromLocalDay(event.date) : undefined;
        return (
          <>
            <bdi>{event.name}</bdi>
            {day !== undefined && <span className="muted small"> · {formatDay(day)}</span>}
          </>
        );
      }}
      onPick={(event) => {
        onChange(event.name);
        onPick?.(event);
      }}
      listLabel={t('eventSuggestions')}
      inputProps={inputProps}
    />
  );
}
