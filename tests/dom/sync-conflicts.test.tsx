import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { KnownContact } from '@/components/sidebar/KnownContact';
import { EventPage } from '@/components/dashboard/EventPage';
import { readStored, writeStored } from '@/messaging/stored';
import { SYNC_CONFLICTS } from '@/messaging/stored-keys';
import { contactRecord } from '../support/records';
import { db } from '@/storage/db';

const sendMessage = vi.hoisted(() => vi.fn());
vi.mock('@/messaging/protocol', async (original) => ({ ...(await original<object>()), sendMessage }));

const claire = contactRecord({ id: 'c1', cadenceDays: 365, company: 'Brume Analytics' });

beforeEach(() => sendMessage.mockReset());

describe('a person changed on two computers while apart', () => {
  it('shows nothing when nothing was', async () => {
    render(<KnownContact contact={claire} interactions={[]} introductions={[]} />);
    await screen.findByRole('textbox', { name: 'Notes' });
    expect(screen.queryByRole('group', { name: 'Changed on two computers while apart' })).toBeNull();
  });

  it('shows both values in words; taking the other one saves it and settles that field', async () => {
    await writeStored(SYNC_CONFLICTS, { fields: [{ field: 'cadenceDays', values: [30, 365] }, { field: 'company', values: ['Axiome', 'Brume Analytics'] }], at: 1 }, 'c1');
    sendMessage.mockResolvedValue({ ok: true, value: { ...claire, cadenceDays: 30 } });
    render(<KnownContact contact={claire} interactions={[]} introductions={[]} />);
    const card = await screen.findByRole('group', { name: 'Changed on two computers while apart' });
    expect(within(card).getByText('Keep in touch: “Every year” is kept; the other computer had “Every month”.')).toBeVisible();
    expect(within(card).getByText('Company: “Brume Analytics” is kept; the other computer had “Axiome”.')).toBeVisible();
    // A company comes from the profile: it can only be left as it is.
    expect(within(card).queryByRole('button', { name: 'Use “Axiome”' })).toBeNull();

    await userEvent.click(within(card).getByRole('button', { name: 'Use “Every month”' }));
    expect(sendMessage).toHaveBeenCalledWith('updateContact', { id: 'c1', patch: { cadenceDays: 30 }, base: { cadenceDays: 365 } });
    await waitFor(() => expect(within(card).queryByText(/Keep in touch/)).toBeNull());
    expect((await readStored(SYNC_CONFLICTS, 'c1'))?.fields.map((f) => f.field)).toEqual(['company']);

    await userEvent.click(within(card).getByRole('button', { name: 'Keep as it is' }));
    await waitFor(() => expect(screen.queryByRole('group', { name: 'Changed on two computers while apart' })).toBeNull());
    expect(await readStored(SYNC_CONFLICTS, 'c1')).toBeNull();
  });

  it('notes: says both texts are kept, nothing to choose', async () => {
    await writeStored(SYNC_CONFLICTS, { fields: [{ field: 'notes', values: ['Call in May.', 'Send the deck.'] }], at: 1 }, 'c1');
    render(<KnownContact contact={claire} interactions={[]} introductions={[]} />);
    expect(await screen.findByText('Notes: both computers’ versions are kept, one after the other. Tidy them up as you like.')).toBeVisible();
    const card = screen.getByRole('group', { name: 'Changed on two computers while apart' });
    expect(within(card).getAllByRole('button').map((b) => b.textContent)).toEqual(['Keep as it is']);
  });
});

describe('an event changed on two computers while apart', () => {
  it('its page shows both places and dates in words; taking the other place saves it through the event', async () => {
    await db.events.put({ id: 'e1', name: 'Mobile Monday', nameKey: 'mobile monday', date: '2026-11-30', place: 'Lyon', createdAt: 1, updatedAt: 2 });
    await writeStored(SYNC_CONFLICTS, { fields: [{ field: 'place', values: ['Grenoble', 'Lyon'] }, { field: 'date', values: ['2026-11-30', '2026-12-01'] }], at: 1 }, 'e1');
    sendMessage.mockResolvedValue({ ok: true, value: {} });
    render(<EventPage id="e1" />);
    const card = await screen.findByRole('group', { name: 'Changed on two computers while apart' });
    expect(within(card).getByText('Place: “Lyon” is kept; the other computer had “Grenoble”.')).toBeVisible();
    expect(within(card).getByText('Date: “30 November 2026” is kept; the other computer had “1 December 2026”.')).toBeVisible();

    await userEvent.click(within(card).getByRole('button', { name: 'Use “Grenoble”' }));
    expect(sendMessage).toHaveBeenCalledWith('updateEvent', { id: 'e1', patch: { place: 'Grenoble' } });
    await waitFor(() => expect(within(card).queryByText(/^Place/)).toBeNull());
    expect((await readStored(SYNC_CONFLICTS, 'e1'))?.fields.map((f) => f.field)).toEqual(['date']);
  });
});
