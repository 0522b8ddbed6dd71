import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { NewsWalk } from '@/components/dashboard/NewsWalk';
import { LunchIdeas } from '@/components/popup/LunchIdeas';
import { createContact } from '@/storage/contacts';
import { logInteraction } from '@/storage/interactions';
import { createNews, newsStep } from '@/storage/news';
import { RULES, useEmptyDb } from '../unit/db-helpers';
import { DAY } from '../support/records';

const sendMessage = vi.hoisted(() => vi.fn());
vi.mock('@/messaging/protocol', async (original) => ({ ...(await original<object>()), sendMessage }));

const NOW = Date.now();
const rules = { ...RULES, minGapDays: 7 };

describe('the pages of the habits, on the real database', () => {
  useEmptyDb();
  beforeEach(() => sendMessage.mockReset().mockResolvedValue({ ok: true, value: {} }));

  it('lunch ideas: never seen in person first, the week against the goal', async () => {
    const marc = await createContact({ name: 'Marc Lefebvre', cadenceDays: 91 }, rules, NOW - 90 * DAY);
    const claire = await createContact({ name: 'Claire Fontaine', cadenceDays: 91 }, rules, NOW - 90 * DAY);
    await logInteraction({ contactId: claire.id, kind: 'lunch', at: NOW - 45 * DAY }, rules, NOW);
    await logInteraction({ contactId: marc.id, kind: 'lunch', at: NOW - 60_000 }, rules, NOW);
    await createContact({ name: 'Paul Girard', cadenceDays: 91 }, rules, NOW);
    render(<LunchIdeas now={NOW} timeZone="Europe/Paris" goal={2} />);
    const ideas = await screen.findByRole('region', { name: 'Lunch ideas' });
    expect(await within(ideas).findAllByRole('listitem')).toHaveLength(2);
    expect(within(ideas).getAllByRole('listitem').map((li) => li.querySelector('bdi')?.textContent)).toEqual(['Paul Girard', 'Claire Fontaine']);
    expect(await within(ideas).findByText('Lunches this week: 1 of 2')).toBeVisible();
  });

  it('the news walk: the next person, the pace guard shown, skip sends the step, picks up after the last one done', async () => {
    const names = ['Claire Fontaine', 'Marc Lefebvre', 'Nadia Benali'];
    const [a, b, c] = await Promise.all(names.map((name) => createContact({ name }, rules, NOW - 90 * DAY)));
    await logInteraction({ contactId: c!.id, kind: 'call', at: NOW - DAY }, rules, NOW);
    const news = await createNews('We launched!', [a!.id, b!.id, c!.id], rules, NOW);
    await newsStep(news.id, a!.id, 'sent', 'Some news', rules, NOW);
    render(<NewsWalk id={news.id} />);
    const next = await screen.findByRole('region', { name: 'Next person' });
    expect(within(next).getByRole('heading')).toHaveTextContent('To Marc Lefebvre');
    expect((within(next).getByLabelText('Message') as HTMLTextAreaElement).value).toContain('We launched!');
    expect(screen.getByText('1 of 2 done')).toBeVisible();
    expect(screen.getByRole('region', { name: 'Left out for now' })).toHaveTextContent('Nadia Benali — reached within the minimum gap');
    await userEvent.click(screen.getByRole('button', { name: 'Skip this person' }));
    expect(sendMessage).toHaveBeenCalledWith('newsStep', { id: news.id, contactId: b!.id, state: 'skipped', summary: '' });
  });
});
