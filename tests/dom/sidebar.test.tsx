import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { Sidebar } from '@/components/sidebar/Sidebar';
import type { Contact } from '@/core/records';
import { setLanguage } from '@/i18n';
import type { FrameState } from '@/messaging/frame-state';
import type { ProfileView } from '@/messaging/protocol';
import { contactRecord } from '../support/records';

const sendMessage = vi.hoisted(() => vi.fn());
vi.mock('@/messaging/protocol', async (original) => ({ ...(await original<object>()), sendMessage }));

const REF = { site: 'linkedin', key: 'linkedin:claire-fontaine-4a5b6c', url: 'https://www.linkedin.com/in/claire-fontaine-4a5b6c/' } as const;
const PROFILE: FrameState = { status: 'profile', ref: REF, identity: { name: 'Claire Fontaine', headline: 'Head of Partnerships at Lumen Robotics' } };

function contact(overrides: Partial<Contact> = {}): Contact {
  return contactRecord({ profiles: [{ ...REF }], profileKeys: [REF.key], cadenceDays: 91, createdAt: 1, updatedAt: 1, ...overrides });
}

const ok = <T,>(value: T) => ({ ok: true, value });

/** A paragraph by its whole text, names inside <bdi> included. */
const sentence = (text: string) => (_: string, element: Element | null) => element?.tagName === 'P' && element.textContent === text;

/** The background, answering with `view` and recording every command. */
function backgroundAnswers(view: ProfileView) {
  sendMessage.mockImplementation(async (type: string, data: unknown) => {
    if (type === 'getProfileView') return ok(view);
    if (type === 'addContact') return ok(contact());
    if (type === 'updateContact') return ok(contact({ ...view.contact, ...(data as { patch: Partial<Contact> }).patch }));
    if (type === 'logInteraction') return ok({ id: 'i1', ...(data as object) });
    if (type === 'linkProfile') return ok(contact());
    throw new Error(`unexpected ${type}`);
  });
}

const renderSidebar = (frame: FrameState | null = PROFILE) => render(<Sidebar frame={frame} onCollapse={vi.fn()} />);

beforeEach(() => {
  sendMessage.mockReset();
  // WXT's fake browser has no runtime ports: give the change feed a quiet one.
  vi.spyOn(fakeBrowser.runtime, 'connect').mockReturnValue({
    onMessage: { addListener: vi.fn() }, onDisconnect: { addListener: vi.fn() }, disconnect: vi.fn(),
  } as never);
});
afterEach(() => setLanguage('en'));

describe('sidebar for someone not in Maille', () => {
  it('shows the person and adds them with where we met', async () => {
    backgroundAnswers({ contact: null, interactions: [], introductions: [], linkCandidates: [] });
    renderSidebar();
    const region = screen.getByRole('region', { name: 'Maille' });
    expect(await within(region).findByRole('heading', { name: 'Claire Fontaine' })).toBeVisible();
    expect(within(region).getByText(sentence('Claire Fontaine is not in Maille yet.'))).toBeVisible();

    await userEvent.click(screen.getByText('Where we met (optional)'));
    await userEvent.type(screen.getByLabelText('Event'), 'Mobile Monday Lyon');
    await userEvent.type(screen.getByLabelText('What we talked about'), 'Cobots');
    await userEvent.click(screen.getByRole('button', { name: 'Add to Maille' }));

    expect(sendMessage).toHaveBeenCalledWith('addContact', expect.objectContaining({
      name: 'Claire Fontaine',
      headline: 'Head of Partnerships at Lumen Robotics',
      profile: REF,
      met: { eventName: 'Mobile Monday Lyon', topic: 'Cobots' },
    }));
  });

  it('offers to link the profile to a same-name contact', async () => {
    backgroundAnswers({ contact: null, interactions: [], introductions: [], linkCandidates: [contact({ id: 'c9', company: 'Lumen Robotics', profiles: [] })] });
    renderSidebar();
    await userEvent.click(await screen.findByRole('button', { name: /^Link to Claire Fontaine/ }));
    expect(sendMessage).toHaveBeenCalledWith('linkProfile', { contactId: 'c9', ref: REF, identity: PROFILE.status === 'profile' ? PROFILE.identity : undefined });
  });

  it('shows the error of a failed add', async () => {
    backgroundAnswers({ contact: null, interactions: [], introductions: [], linkCandidates: [] });
    const answer = sendMessage.getMockImplementation()!;
    sendMessage.mockImplementation(async (type: string, data: unknown) =>
      type === 'addContact' ? Promise.reject(new Error('A listener indicated an asynchronous response by returning true, but the message channel closed')) : answer(type, data),
    );
    renderSidebar();
    await userEvent.click(await screen.findByRole('button', { name: 'Add to Maille' }));
    // In the user's words, never the browser's.
    expect(await screen.findByRole('alert')).toHaveTextContent('Maille did not answer (it may be restarting). Nothing was changed: try again.');
    expect(screen.queryByText(/listener|channel/)).toBeNull();
  });

  it('refuses a meeting in the future next to the date, before sending', async () => {
    backgroundAnswers({ contact: null, interactions: [], introductions: [], linkCandidates: [] });
    renderSidebar();
    await userEvent.click(await screen.findByText('Where we met (optional)'));
    await userEvent.type(screen.getByLabelText('Date'), '2099-01-01');
    await userEvent.click(screen.getByRole('button', { name: 'Add to Maille' }));
    expect(screen.getByRole('alert')).toHaveTextContent('Date: this date is in the future.');
    expect(screen.getByLabelText('Date')).toHaveAttribute('aria-invalid', 'true');
    expect(sendMessage).not.toHaveBeenCalledWith('addContact', expect.anything());
  });

  it('counts down the topic and refuses a topic beyond its limit', async () => {
    backgroundAnswers({ contact: null, interactions: [], introductions: [], linkCandidates: [] });
    renderSidebar();
    await userEvent.click(await screen.findByText('Where we met (optional)'));
    const topic = screen.getByLabelText('What we talked about');
    await userEvent.click(topic);
    await userEvent.paste('x'.repeat(1_005));
    expect(screen.getByText('5 characters too many')).toBeVisible();
    await userEvent.click(screen.getByRole('button', { name: 'Add to Maille' }));
    expect(screen.getByRole('alert')).toHaveTextContent('What we talked about: too long — at most 1,000 characters.');
    expect(sendMessage).not.toHaveBeenCalledWith('addContact', expect.anything());
  });
});

describe('sidebar for an unreadable profile', () => {
  it('says so and adds the person by hand, insisting on a name', async () => {
    backgroundAnswers({ contact: null, interactions: [], introductions: [], linkCandidates: [] });
    renderSidebar({ status: 'unreadable', ref: REF, nameGuess: 'Claire Fontaine' });
    expect(await screen.findByRole('heading', { name: "Couldn't read this profile" })).toBeVisible();
    const name = screen.getByRole('textbox', { name: 'Name' });
    expect(name).toHaveValue('Claire Fontaine');
    await userEvent.clear(name);
    await userEvent.click(screen.getByRole('button', { name: 'Add to Maille' }));
    expect(screen.getByText('Name: this is required.')).toBeVisible();
    expect(sendMessage).not.toHaveBeenCalledWith('addContact', expect.anything());

    await userEvent.type(name, 'Claire F.');
    await userEvent.type(screen.getByRole('textbox', { name: 'Company' }), 'Lumen');
    await userEvent.click(screen.getByRole('button', { name: 'Add to Maille' }));
    expect(sendMessage).toHaveBeenCalledWith('addContact', expect.objectContaining({ name: 'Claire F.', company: 'Lumen', profile: REF }));
  });
});

describe('sidebar for a known contact', () => {
  it('autosaves notes after a pause', async () => {
    backgroundAnswers({ contact: contact({ notes: 'Met in Lyon.' }), interactions: [], introductions: [], linkCandidates: [] });
    renderSidebar();
    const notes = await screen.findByRole('textbox', { name: 'Notes' });
    expect(notes).toHaveValue('Met in Lyon.');
    await userEvent.type(notes, ' Likes cobots.');
    await waitFor(() =>
      expect(sendMessage).toHaveBeenCalledWith('updateContact', { id: 'c1', patch: { notes: 'Met in Lyon. Likes cobots.' }, base: { notes: 'Met in Lyon.' } }),
    );
    expect(await screen.findByText('Saved')).toBeVisible();
  });

  it('when another tab changed the same words: shows both, and Keep both saves both', async () => {
    backgroundAnswers({ contact: contact({ notes: '' }), interactions: [], introductions: [], linkCandidates: [] });
    const answer = sendMessage.getMockImplementation()!;
    let conflicted = false;
    sendMessage.mockImplementation(async (type: string, data: unknown) => {
      if (type !== 'updateContact' || conflicted) return answer(type, data);
      conflicted = true;
      return { ok: false, refusal: { code: 'conflict', fields: ['notes'], current: contact({ notes: 'Typed in the other tab.' }) } };
    });
    renderSidebar();
    await userEvent.type(await screen.findByRole('textbox', { name: 'Notes' }), 'Typed here.');
    expect(await screen.findByText('These notes were changed in another tab while you typed here. Choose what to keep.')).toBeVisible();
    expect(screen.getByRole('textbox', { name: 'The other version' })).toHaveValue('Typed in the other tab.');
    expect(screen.queryByText('Saved')).toBeNull();
    await userEvent.click(screen.getByRole('button', { name: 'Keep both' }));
    await waitFor(() =>
      expect(sendMessage).toHaveBeenLastCalledWith('updateContact', { id: 'c1', patch: { notes: 'Typed here.\n\nTyped in the other tab.' }, base: { notes: 'Typed in the other tab.' } }),
    );
    expect(await screen.findByText('Saved')).toBeVisible();
    expect(screen.queryByRole('textbox', { name: 'The other version' })).toBeNull();
  });

  it('logs a contact with its kind, today’s date and a summary', async () => {
    backgroundAnswers({ contact: contact(), interactions: [], introductions: [], linkCandidates: [] });
    renderSidebar();
    expect(await screen.findByText('No interaction logged yet.')).toBeVisible();
    await userEvent.selectOptions(screen.getByRole('combobox', { name: 'Kind' }), 'call');
    expect(screen.queryByRole('textbox', { name: 'Next step (optional)' })).toBeNull();
    await userEvent.type(screen.getByRole('textbox', { name: 'Summary (optional)' }), 'Cobots');
    const before = Date.now();
    await userEvent.click(screen.getByRole('button', { name: 'Log contact' }));
    const [, sent] = sendMessage.mock.calls.find(([type]) => type === 'logInteraction')!;
    expect(sent).toMatchObject({ contactId: 'c1', kind: 'call', summary: 'Cobots' });
    expect(sent.at).toBeGreaterThanOrEqual(before);
  });

  it('a lunch asks what was discussed and the next step', async () => {
    backgroundAnswers({ contact: contact(), interactions: [], introductions: [], linkCandidates: [] });
    renderSidebar();
    await userEvent.selectOptions(await screen.findByRole('combobox', { name: 'Kind' }), 'lunch');
    await userEvent.type(screen.getByRole('textbox', { name: 'What we discussed (optional)' }), 'Cobots, Grenoble labs');
    await userEvent.type(screen.getByRole('textbox', { name: 'Next step (optional)' }), 'Introduce her to Marc');
    await userEvent.click(screen.getByRole('button', { name: 'Log contact' }));
    const [, sent] = sendMessage.mock.calls.find(([type]) => type === 'logInteraction')!;
    expect(sent).toMatchObject({ kind: 'lunch', summary: 'Cobots, Grenoble labs', nextStep: 'Introduce her to Marc' });
  });

  it('shows the timeline, last contact, tags and cadence, and saves changes', async () => {
    const lunch = { id: 'i1', contactId: 'c1', kind: 'lunch', at: Date.UTC(2026, 10, 20, 12), summary: 'Cobots', createdAt: 1, updatedAt: 1 } as const;
    backgroundAnswers({ contact: contact({ tags: ['robotics'], lastContactAt: lunch.at }), interactions: [lunch], introductions: [], linkCandidates: [] });
    renderSidebar();
    expect(await screen.findByText('Cobots')).toBeVisible();
    expect(screen.getByText(/Last contact:/).parentElement).toHaveTextContent('20 November 2026');
    await userEvent.click(screen.getByRole('button', { name: 'Remove tag robotics' }));
    expect(sendMessage).toHaveBeenCalledWith('updateContact', { id: 'c1', patch: { tags: [] }, base: { tags: ['robotics'] } });
    await userEvent.selectOptions(screen.getByRole('combobox', { name: 'Keep in touch' }), 'Every 6 months');
    expect(sendMessage).toHaveBeenCalledWith('updateContact', { id: 'c1', patch: { cadenceDays: 182 }, base: { cadenceDays: 91 } });
  });
});

describe('timeline', () => {
  it('deletes an interaction, and Undo logs it back', async () => {
    const lunch = { id: 'i1', contactId: 'c1', kind: 'lunch', at: Date.UTC(2026, 10, 20, 12), summary: 'Cobots', createdAt: 1, updatedAt: 1 } as const;
    backgroundAnswers({ contact: contact({ lastContactAt: lunch.at }), interactions: [lunch], introductions: [], linkCandidates: [] });
    const answer = sendMessage.getMockImplementation()!;
    sendMessage.mockImplementation(async (type: string, data: unknown) => (type === 'deleteInteraction' ? ok(lunch) : answer(type, data)));
    renderSidebar();
    await userEvent.click(await screen.findByRole('button', { name: 'Delete this Lunch of 20 November 2026' }));
    expect(sendMessage).toHaveBeenCalledWith('deleteInteraction', { id: 'i1' });
    expect(screen.getByText('Lunch of 20 November 2026 deleted.')).toBeVisible();
    await userEvent.click(screen.getByRole('button', { name: 'Undo' }));
    expect(sendMessage).toHaveBeenCalledWith('logInteraction', { contactId: 'c1', kind: 'lunch', at: lunch.at, summary: 'Cobots' });
    await waitFor(() => expect(screen.queryByText('Lunch of 20 November 2026 deleted.')).toBeNull());
  });
});

describe('sidebar errors and language', () => {
  it('says what failed and retries', async () => {
    backgroundAnswers({ contact: null, interactions: [], introductions: [], linkCandidates: [] });
    sendMessage.mockRejectedValueOnce(new Error('Could not establish connection'));
    renderSidebar();
    expect(await screen.findByRole('alert')).toHaveTextContent('Maille did not answer');
    await userEvent.click(screen.getByRole('button', { name: 'Try again' }));
    expect(await screen.findByRole('button', { name: 'Add to Maille' })).toBeVisible();
  });

  it('speaks French', async () => {
    setLanguage('fr');
    backgroundAnswers({ contact: null, interactions: [], introductions: [], linkCandidates: [] });
    renderSidebar();
    expect(await screen.findByRole('button', { name: 'Ajouter à Maille' })).toBeVisible();
    expect(screen.getByText(sentence('Claire Fontaine n’est pas encore dans Maille.'))).toBeVisible();
    expect(screen.getByRole('button', { name: /Masquer Maille/ })).toBeVisible();
  });
});
