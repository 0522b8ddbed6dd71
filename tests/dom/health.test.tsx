import { render, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { HealthSection } from '@/components/dashboard/HealthSection';
import { createContact } from '@/storage/contacts';
import { logInteraction } from '@/storage/interactions';
import { RULES, useEmptyDb } from '../unit/db-helpers';
import { DAY } from '../support/records';

const NOW = Date.now();

describe('network health', () => {
  useEmptyDb();

  it('with nobody yet: says so and points to the imports', async () => {
    render(<HealthSection />);
    const section = await screen.findByRole('region', { name: 'Network health' });
    expect(await within(section).findByText(/No contacts yet/)).toBeVisible();
    expect(within(section).getByRole('link', { name: 'Data' })).toHaveAttribute('href', '#data');
  });

  it('says the charts in text: the states, the year’s interactions with in-person apart, a table per week', async () => {
    const claire = await createContact({ name: 'Claire Fontaine', cadenceDays: 30 }, RULES, NOW - 90 * DAY);
    const marc = await createContact({ name: 'Marc Lefebvre', cadenceDays: 30 }, RULES, NOW - 90 * DAY);
    await createContact({ name: 'Paul Girard' }, RULES, NOW);
    await logInteraction({ contactId: claire.id, kind: 'lunch', at: NOW - 2 * DAY }, RULES, NOW);
    await logInteraction({ contactId: claire.id, kind: 'email', at: NOW - 3 * DAY }, RULES, NOW);
    await logInteraction({ contactId: marc.id, kind: 'call', at: NOW - 35 * DAY }, RULES, NOW);
    render(<HealthSection />);
    const section = await screen.findByRole('region', { name: 'Network health' });
    expect(await within(section).findByText('3 contacts: 1 in touch, 1 due, 0 losing touch, 0 contacted without a cadence, 1 never contacted.')).toBeVisible();
    expect(within(section).getByText('In 52 weeks: 3 interactions, 1 of them in person; 2 in the last 4 weeks.')).toBeVisible();
    const table = within(section).getByRole('table', { name: 'Interactions per week, over the last year' });
    const rows = within(table).getAllByRole('row');
    expect(rows).toHaveLength(53);
    const counts = rows.slice(1).map((row) => within(row).getAllByRole('cell').map((cell) => Number(cell.textContent)));
    expect(counts.reduce((sum, [inPerson, other]) => [sum[0]! + inPerson!, sum[1]! + other!], [0, 0])).toEqual([1, 2]);
  });
});
