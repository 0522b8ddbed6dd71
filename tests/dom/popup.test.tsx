import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { PopupApp } from '@/components/popup/PopupApp';
import { toLocalDay } from '@/core/local-day';
import { setLanguage } from '@/i18n';
import { createContact } from '@/storage/contacts';
import { db } from '@/storage/db';
import { RULES, useEmptyDb } from '../unit/db-helpers';
import { DAY } from '../support/records';

const sendMessage = vi.hoisted(() => vi.fn());
vi.mock('@/messaging/protocol', async (original) => ({ ...(await original<object>()), sendMessage }));
// Counted: how many entries render their reason.
const reasons = vi.hoisted(() => ({ count: 0 }));
vi.mock('@/i18n/due-text', async (original) => {
  const module = await original<typeof import('@/i18n/due-text')>();
  return { ...module, describeDue: (...args: Parameters<typeof module.describeDue>) => (reasons.count++, module.describeDue(...args)) };
});

const ZONE = 'Europe/Paris';
const rules = { ...RULES, timeZone: ZONE };

const renderPopup = () => render(<PopupApp timeZone={ZONE} />);

describe('toolbar popup', () => {
  useEmptyDb();
  beforeEach(() => sendMessage.mockReset().mockResolvedValue({ ok: true, value: { name: 'Inès Caron' } }));
  afterEach(() => setLanguage('en'));

  it('says what to do when nobody is due', async () => {
    renderPopup();
    expect(await screen.findByRole('heading', { name: 'Nobody to get back to' })).toBeVisible();
    expect(screen.queryAllByRole('listitem')).toHaveLength(0);
  });

  it('groups due people under Overdue, Today and This week, with the reason', async () => {
    const now = Date.now();
    await createContact({ name: 'Claire Fontaine', met: { date: toLocalDay(now - DAY, ZONE), eventName: 'Mobile Monday' } }, rules, now);
    await createContact({ name: 'Marc Lefebvre', met: { date: toLocalDay(now - 3 * DAY, ZONE) } }, rules, now);
    await createContact({ name: 'Inès Caron', met: { date: toLocalDay(now, ZONE) } }, rules, now);
    await createContact({ name: 'Nobody Due', cadenceDays: null }, rules, now);
    renderPopup();
    const today = await screen.findByRole('region', { name: 'Today' });
    expect(within(today).getByRole('listitem')).toHaveTextContent('Claire Fontaine');
    expect(within(today).getByRole('listitem')).toHaveTextContent('Met at Mobile Monday yesterday — follow up');
    expect(within(screen.getByRole('region', { name: 'Overdue' })).getByRole('listitem')).toHaveTextContent('Marc Lefebvre');
    expect(within(screen.getByRole('region', { name: 'This week' })).getByRole('listitem')).toHaveTextContent('Inès Caron');
    expect(screen.queryByText('Nobody Due')).toBeNull();
    expect(screen.getByText('2 due now')).toBeVisible();
  });

  it('Done asks which kind of contact, then logs it', async () => {
    const now = Date.now();
    const claire = await createContact({ name: 'Claire Fontaine', met: { date: toLocalDay(now - DAY, ZONE) } }, rules, now);
    renderPopup();
    const entry = await screen.findByRole('listitem');
    await userEvent.click(within(entry).getByRole('button', { name: 'Done' }));
    await userEvent.click(within(within(entry).getByRole('group', { name: 'Log as' })).getByRole('button', { name: 'Call' }));
    expect(sendMessage).toHaveBeenCalledWith('logInteraction', expect.objectContaining({ contactId: claire.id, kind: 'call' }));
  });

  it('Snooze offers a day, a week or a month', async () => {
    const now = Date.now();
    const claire = await createContact({ name: 'Claire Fontaine', met: { date: toLocalDay(now - DAY, ZONE) } }, rules, now);
    renderPopup();
    const entry = await screen.findByRole('listitem');
    await userEvent.click(within(entry).getByRole('button', { name: 'Snooze' }));
    const choices = within(entry).getByRole('group', { name: 'Snooze for' });
    expect(within(choices).getAllByRole('button').map((b) => b.textContent)).toEqual(['1 day', '1 week', '1 month']);
    await userEvent.click(within(choices).getByRole('button', { name: '1 month' }));
    const [, sent] = sendMessage.mock.calls.find(([type]) => type === 'snoozeContact')!;
    expect(sent.id).toBe(claire.id);
    expect(sent.until).toBeGreaterThan(now + 29 * DAY);
  });

  it('the list follows the database live', async () => {
    const now = Date.now();
    renderPopup();
    await screen.findByRole('heading', { name: 'Nobody to get back to' });
    await createContact({ name: 'Claire Fontaine', met: { date: toLocalDay(now - DAY, ZONE) } }, rules, now);
    expect(await screen.findByRole('listitem')).toHaveTextContent('Claire Fontaine');
  });

  it('a write brings the list anew: only the entry that changed renders again (a first sync writes a batch at a time)', async () => {
    const now = Date.now();
    for (const name of ['Claire Fontaine', 'Marc Lefebvre', 'Inès Caron']) await createContact({ name, met: { date: toLocalDay(now - DAY, ZONE) } }, rules, now);
    renderPopup();
    await waitFor(() => expect(screen.getAllByRole('listitem')).toHaveLength(3));
    reasons.count = 0;
    await createContact({ name: 'Paul Girard', met: { date: toLocalDay(now - DAY, ZONE) } }, rules, now);
    await waitFor(() => expect(screen.getAllByRole('listitem')).toHaveLength(4));
    expect(reasons.count).toBe(1);
  });

  it('Just met someone: only the name is required; a bad email is refused', async () => {
    renderPopup();
    await userEvent.click(await screen.findByText('Just met someone', { selector: 'summary' }));
    const form = screen.getByRole('form', { name: 'Just met someone' });
    await userEvent.click(within(form).getByRole('button', { name: 'Add to Maille' }));
    expect(within(form).getByRole('alert')).toHaveTextContent('Name: this is required.');
    await userEvent.type(within(form).getByLabelText('Name'), 'Inès Caron');
    await userEvent.type(within(form).getByLabelText('Email'), 'ines-at-example');
    await userEvent.click(within(form).getByRole('button', { name: 'Add to Maille' }));
    expect(within(form).getByRole('alert')).toHaveTextContent('Email: this email address does not look right.');
    expect(sendMessage).not.toHaveBeenCalled();
    await userEvent.clear(within(form).getByLabelText('Email'));
    await userEvent.type(within(form).getByLabelText('Email'), 'ines@example.org');
    await userEvent.type(within(form).getByLabelText('Event'), 'Salon des Entrepreneurs');
    await userEvent.click(within(form).getByRole('button', { name: 'Add to Maille' }));
    expect(sendMessage).toHaveBeenCalledWith('addContact', {
      name: 'Inès Caron',
      emails: ['ines@example.org'],
      met: { eventName: 'Salon des Entrepreneurs', topic: '', date: toLocalDay(Date.now()) },
    });
    expect(await within(form).findByRole('status')).toHaveTextContent('Inès Caron added: follow up tomorrow.');
  });

  it.each([
    ['tomorrow', () => toLocalDay(Date.now() + DAY), 'Date: this date is in the future.'],
    ['in 2099', () => '2099-06-15', 'Date: this date is in the future.'],
    ['in year 99', () => '0099-06-15', 'Date: the date is before 1900.'],
  ])('Just met someone: a meeting %s is refused by the date, in words', async (_label, day, message) => {
    renderPopup();
    await userEvent.click(await screen.findByText('Just met someone', { selector: 'summary' }));
    const form = screen.getByRole('form', { name: 'Just met someone' });
    await userEvent.type(within(form).getByLabelText('Name'), 'Inès Caron');
    const date = within(form).getByLabelText('Date');
    await userEvent.clear(date);
    await userEvent.type(date, day());
    await userEvent.click(within(form).getByRole('button', { name: 'Add to Maille' }));
    expect(within(form).getByRole('alert')).toHaveTextContent(message);
    expect(date).toHaveAttribute('aria-invalid', 'true');
    expect(sendMessage).not.toHaveBeenCalled();
  });

  it('Just met someone: a 50,000-character topic is refused before sending, never cut', async () => {
    renderPopup();
    await userEvent.click(await screen.findByText('Just met someone', { selector: 'summary' }));
    const form = screen.getByRole('form', { name: 'Just met someone' });
    await userEvent.type(within(form).getByLabelText('Name'), 'Inès Caron');
    await userEvent.click(within(form).getByLabelText('What we talked about'));
    await userEvent.paste('x'.repeat(50_000));
    expect(within(form).getByText('49,000 characters too many')).toBeVisible();
    await userEvent.click(within(form).getByRole('button', { name: 'Add to Maille' }));
    expect(within(form).getByRole('alert')).toHaveTextContent('What we talked about: too long — at most 1,000 characters.');
    expect(sendMessage).not.toHaveBeenCalled();
  });

  it('500 due among 10,000 contacts: only the visible rows are rendered', async () => {
    const now = Date.now();
    const contacts = Array.from({ length: 10_000 }, (_, i) => ({
      id: `c${i}`, name: `Person ${String(i).padStart(5, '0')}`, nameKey: `person ${i}`, emails: [], tags: [], notes: '', profiles: [], profileKeys: [],
      cadenceDays: 91, createdAt: now, updatedAt: now, ...(i % 20 === 0 ? { nextDueAt: now - (i % 3) * DAY, dueReason: 'reconnect' as const } : {}),
    }));
    await db.contacts.bulkAdd(contacts);
    // jsdom lays nothing out: give the scroller the popup's size and each row its height, as the
    // virtualizer measures them (clientHeight of the scroller, offsetHeight of a row).
    vi.spyOn(HTMLElement.prototype, 'clientHeight', 'get').mockReturnValue(480);
    vi.spyOn(HTMLElement.prototype, 'clientWidth', 'get').mockReturnValue(380);
    vi.spyOn(HTMLElement.prototype, 'offsetHeight', 'get').mockReturnValue(84);
    renderPopup();
    await waitFor(() => expect(screen.getAllByRole('listitem').length).toBeGreaterThan(3));
    expect(screen.getAllByRole('listitem').length).toBeLessThan(40);
    expect(screen.getByText('500 due now')).toBeVisible();
  });

  it('speaks French', async () => {
    setLanguage('fr');
    const now = Date.now();
    await createContact({ name: 'Claire Fontaine', met: { date: toLocalDay(now - DAY, ZONE), eventName: 'Mobile Monday' } }, rules, now);
    renderPopup();
    const entry = await screen.findByRole('listitem');
    expect(entry).toHaveTextContent('Rencontre à Mobile Monday hier — donnez suite');
    expect(within(entry).getByRole('button', { name: 'Fait' })).toBeVisible();
    expect(within(entry).getByRole('button', { name: 'Reporter' })).toBeVisible();
    expect(screen.getByRole('region', { name: 'Aujourd’hui' })).toBeVisible();
  });
});
