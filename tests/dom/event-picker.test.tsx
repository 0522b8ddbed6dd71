import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { EventPicker } from '@/components/shared/EventPicker';
import type { EventRecord } from '@/core/records';

const sendMessage = vi.hoisted(() => vi.fn());
vi.mock('@/messaging/protocol', async (original) => ({ ...(await original<object>()), sendMessage }));

const EVENTS: EventRecord[] = [
  { id: 'e1', name: 'Mobile Monday Lyon', nameKey: 'mobile monday lyon', date: '2026-11-23', createdAt: 0, updatedAt: 0 },
  { id: 'e2', name: 'Lyon Data Meetup', nameKey: 'lyon data meetup', date: '2026-11-12', createdAt: 0, updatedAt: 0 },
];

function Form({ onPick }: { onPick: (e: EventRecord) => void }) {
  const [value, setValue] = useState('');
  return (
    <>
      <label htmlFor="event">Event</label>
      <EventPicker id="event" value={value} onChange={setValue} onPick={onPick} />
    </>
  );
}

beforeEach(() => {
  sendMessage.mockReset();
  sendMessage.mockImplementation(async (_type: string, { query }: { query: string }) => ({
    ok: true,
    value: EVENTS.filter((e) => e.nameKey.includes(query.toLowerCase().slice(0, 3))),
  }));
});

describe('the event picker', () => {
  it('offers existing events as you type; arrows and Enter pick one; Escape closes', async () => {
    const onPick = vi.fn();
    const user = userEvent.setup();
    render(<Form onPick={onPick} />);
    const input = screen.getByRole('combobox', { name: 'Event' });
    await user.type(input, 'lyo');
    await waitFor(() => expect(screen.getAllByRole('option')).toHaveLength(2));
    expect(input).toHaveAttribute('aria-expanded', 'true');
    expect(sendMessage).toHaveBeenLastCalledWith('findEvents', { query: 'lyo' });

    await user.keyboard('{ArrowDown}{ArrowDown}');
    expect(screen.getByRole('option', { name: /Lyon Data Meetup/ })).toHaveAttribute('aria-selected', 'true');
    expect(input).toHaveAttribute('aria-activedescendant', 'event-option-1');
    await user.keyboard('{Enter}');
    expect(input).toHaveValue('Lyon Data Meetup');
    expect(onPick).toHaveBeenCalledWith(EVENTS[1]);
    expect(input).toHaveAttribute('aria-expanded', 'false');

    await user.type(input, 'x');
    await waitFor(() => expect(input).toHaveAttribute('aria-expanded', 'true'));
    await user.keyboard('{Escape}');
    expect(input).toHaveAttribute('aria-expanded', 'false');
    expect(input).toHaveValue('Lyon Data Meetupx');
  });
});
