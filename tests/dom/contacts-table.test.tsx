import { act, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import type { ChangeNotice } from '@/messaging/protocol';
import { logInteraction } from '@/storage/interactions';
import { ContactsSection } from '@/components/dashboard/contacts/ContactsSection';
import { readInChunks } from '@/components/dashboard/contacts/use-all-contacts';
import { createContact } from '@/storage/contacts';
import { db } from '@/storage/db';
import { contactRecord } from '../support/records';
import { RULES, useEmptyDb } from '../unit/db-helpers';

/** The change feed's port (WXT's fake browser has none): the test tells the page what changed. */
let tell: (notice: ChangeNotice) => void = () => undefined;
beforeEach(() => {
  vi.spyOn(fakeBrowser.runtime, 'connect').mockReturnValue({
    onMessage: { addListener: (listener: (notice: ChangeNotice) => void) => void (tell = listener) },
    onDisconnect: { addListener: vi.fn() },
    disconnect: vi.fn(),
  } as never);
});

describe('the contacts table', () => {
  useEmptyDb();

  it('with nobody yet: says so and points to the imports, no empty table', async () => {
    render(<ContactsSection />);
    const section = await screen.findByRole('region', { name: 'Contacts' });
    expect(await within(section).findByText(/No contacts yet/)).toBeVisible();
    expect(within(section).getByRole('link', { name: 'Data' })).toHaveAttribute('href', '#data');
    expect(within(section).queryByRole('table')).toBeNull();
  });

  it('a search nobody matches says so, and one click brings everyone back', async () => {
    await createContact({ name: 'Claire Fontaine' }, RULES, Date.now());
    await createContact({ name: 'Marc Lefebvre' }, RULES, Date.now());
    render(<ContactsSection />);
    const section = await screen.findByRole('region', { name: /^Contacts/ });
    expect(await within(section).findByText('2 shown')).toBeVisible();
    await userEvent.type(within(section).getByLabelText('Search'), 'zzz');
    expect(await within(section).findByText('Nobody matches this search and these filters.')).toBeVisible();
    expect(within(section).queryByRole('table')).toBeNull();

    await userEvent.click(within(section).getByRole('button', { name: 'Clear the search and filters' }));
    expect(within(section).getByLabelText('Search')).toHaveValue('');
    expect(await within(section).findByText('2 shown')).toBeVisible();
    expect(within(section).getByRole('table', { name: 'Contacts' })).toBeVisible();
  });

  it('a change the background announces is read again (here: she is no longer "never contacted")', async () => {
    const claire = await createContact({ name: 'Claire Fontaine' }, RULES, Date.now());
    await createContact({ name: 'Marc Lefebvre' }, RULES, Date.now());
    render(<ContactsSection />);
    const section = await screen.findByRole('region', { name: /^Contacts/ });
    await userEvent.click(await within(section).findByRole('checkbox', { name: 'Never contacted' }));
    expect(await within(section).findByText('2 shown')).toBeVisible();

    await logInteraction({ contactId: claire.id, kind: 'call', at: Date.now() - 60_000 }, RULES, Date.now());
    act(() => tell({ contactIds: [claire.id] }));
    expect(await within(section).findByText('1 shown')).toBeVisible();
  });

  it('everyone announced after a first sync brought 1,200 people: all shown, read a chunk at a time (never the whole table in one answer)', async () => {
    render(<ContactsSection />);
    const section = await screen.findByRole('region', { name: 'Contacts' });
    await within(section).findByText(/No contacts yet/);
    await db.contacts.bulkPut(Array.from({ length: 1200 }, (_, i) => contactRecord({ id: `c-${String(i).padStart(4, '0')}`, name: `Person ${i}` })));
    const whole = vi.spyOn(db.contacts, 'toArray');
    act(() => tell({ contactIds: [], everyone: true }));
    expect(await within(section).findByText(/^1,?200 shown$/, {}, { timeout: 5000 })).toBeVisible();
    expect(whole).not.toHaveBeenCalled();
  });

  it('1,200 people: the first screenful shows at once, the rest behind it; "select all shown" waits for everyone', async () => {
    await db.contacts.bulkPut(Array.from({ length: 1200 }, (_, i) => contactRecord({ id: `c-${i}`, name: `Person ${i}` })));
    // The second chunk's read is held: what the page shows meanwhile is the first one.
    let release: () => void = () => undefined;
    const held = new Promise<void>((resolve) => (release = resolve));
    // The chunks after the first start where the last one ended: a `where` on the folded name.
    const where = db.contacts.where.bind(db.contacts);
    vi.spyOn(db.contacts, 'where').mockImplementation(((index: string) => {
      const clause = where(index);
      const aboveOrEqual = clause.aboveOrEqual.bind(clause);
      clause.aboveOrEqual = (key) => {
        const collection = aboveOrEqual(key);
        const toArray = collection.toArray.bind(collection);
        collection.toArray = (async () => (await held, toArray())) as never;
        return collection;
      };
      return clause;
    }) as never);
    render(<ContactsSection />);
    const section = await screen.findByRole('region', { name: /^Contacts/ });
    expect(await within(section).findByText('Loading everyone… 500 so far')).toBeVisible();
    expect(within(section).getByRole('checkbox', { name: 'Select everyone shown' })).toBeDisabled();

    release();
    expect(await within(section).findByText(/^1,?200 shown$/)).toBeVisible();
    expect(within(section).getByRole('checkbox', { name: 'Select everyone shown' })).toBeEnabled();
    expect(within(section).getByRole('heading', { name: /^Contacts/ })).toHaveTextContent(/1,?200/);
  });

  it.each([3, 4, 7])('namesakes across the chunks\' edges (chunks of %i): everyone read once, in the order of names', async (size) => {
    const names = ['Ada', 'Bea', 'Bea', 'Bea', 'Cy', 'Dee', 'Dee', 'Dee', 'Dee', 'Dee', 'Dee', 'Dee', 'Dee', 'Eve', 'Flo', 'Flo'];
    await db.contacts.bulkPut(names.map((name, i) => contactRecord({ id: `c-${String(i).padStart(2, '0')}`, name })));
    const firsts: string[][] = [];
    const read = await readInChunks((chunk) => firsts.push(chunk.map((c) => c.id)), size);
    expect(read.map((c) => c.id)).toEqual(names.map((_, i) => `c-${String(i).padStart(2, '0')}`));
    expect(firsts).toEqual([read.slice(0, size).map((c) => c.id)]);
  });

  it('a record without the folded name the table reads by is shown all the same', async () => {
    await db.contacts.bulkPut([contactRecord({ id: 'c1', name: 'Claire Fontaine' }), { ...contactRecord({ id: 'c2', name: 'Marc Lefebvre' }), nameKey: undefined as never }]);
    render(<ContactsSection />);
    const section = await screen.findByRole('region', { name: /^Contacts/ });
    expect(await within(section).findByText('2 shown')).toBeVisible();
  });
});
