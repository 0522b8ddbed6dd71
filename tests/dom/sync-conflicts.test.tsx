import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { SyncConflicts } from '@/components/sidebar/SyncConflicts';
import { readStored, writeStored } from '@/messaging/stored';
import { SYNC_CONFLICTS } from '@/messaging/stored-keys';
import { contactRecord } from '../support/records';

const sendMessage = vi.hoisted(() => vi.fn());
vi.mock('@/messaging/protocol', async (original) => ({ ...(await original<object>()), sendMessage }));

const claire = contactRecord({ id: 'c1', cadenceDays: 365, company: 'Brume Analytics' });

beforeEach(() => sendMessage.mockReset());

describe('a person changed on two computers while apart', () => {
  it('shows nothing when nothing was', async () => {
    const { container } = render(<SyncConflicts contact={claire} />);
    await waitFor(() => expect(container).toBeEmptyDOMElement());
  });

  it('shows both values in words; taking the other one saves it and settles that field', async () => {
    await writeStored(SYNC_CONFLICTS, { fields: [{ field: 'cadenceDays', values: [30, 365] }, { field: 'company', values: ['Axiome', 'Brume Analytics'] }], at: 1 }, 'c1');
    sendMessage.mockResolvedValue({ ok: true, value: { ...claire, cadenceDays: 30 } });
    render(<SyncConflicts contact={claire} />);
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
    await waitFor(() => expect(screen.queryByRole('group')).toBeNull());
    expect(await readStored(SYNC_CONFLICTS, 'c1')).toBeNull();
  });

  it('notes: says both texts are kept, nothing to choose', async () => {
    await writeStored(SYNC_CONFLICTS, { fields: [{ field: 'notes', values: ['Call in May.', 'Send the deck.'] }], at: 1 }, 'c1');
    render(<SyncConflicts contact={claire} />);
    expect(await screen.findByText('Notes: both computers’ versions are kept, one after the other. Tidy them up as you like.')).toBeVisible();
    expect(screen.getAllByRole('button').map((b) => b.textContent)).toEqual(['Keep as it is']);
  });
});
