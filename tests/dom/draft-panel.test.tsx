import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { DraftPanel } from '@/components/shared/DraftPanel';
import type { Contact } from '@/core/records';
import { contactRecord } from '../support/records';

const sendMessage = vi.hoisted(() => vi.fn());
vi.mock('@/messaging/protocol', async (original) => ({ ...(await original<object>()), sendMessage }));

const CONTEXT = { interfaceLanguage: 'en' as const, myName: 'Anne Moreau', signature: '', templates: {}, timeZone: 'Europe/Paris' };
const yesterday = new Date(Date.now() - 86_400_000).toLocaleDateString('en-CA', { timeZone: 'Europe/Paris' });

function contact(overrides: Partial<Contact> = {}): Contact {
  return contactRecord({
    name: 'Inès Caron', emails: ['ines@example.org'], cadenceDays: 91, createdAt: 1, updatedAt: 1,
    met: { eventName: 'Salon des Entrepreneurs', date: yesterday, topic: 'export' }, dueReason: 'follow-up', ...overrides,
  });
}

beforeEach(() => {
  sendMessage.mockReset();
  sendMessage.mockImplementation(async (_type: string, data: object) => ({ ok: true, value: { id: 'i1', ...data } }));
});

describe('the draft of a follow-up', () => {
  it('drafts to one person, editable, opens in the mail app and logs an email when marked sent', async () => {
    const onSent = vi.fn();
    render(<DraftPanel contact={contact()} kind="followUp" context={CONTEXT} onSent={onSent} />);
    const region = screen.getByRole('region', { name: 'Message to Inès Caron' });
    expect(region).toHaveTextContent('To ines@example.org — one message, to this person only.');
    expect(screen.getByLabelText('Subject')).toHaveValue('Great to meet you at Salon des Entrepreneurs');
    const body = screen.getByLabelText('Message');
    expect((body as HTMLTextAreaElement).value).toContain('at Salon des Entrepreneurs yesterday.');

    await userEvent.clear(screen.getByLabelText('Subject'));
    await userEvent.type(screen.getByLabelText('Subject'), 'Hello & welcome?');
    const link = screen.getByRole('link', { name: 'Open in email app' });
    const url = new URL(link.getAttribute('href')!);
    expect(url.searchParams.get('subject')).toBe('Hello & welcome?');

    await userEvent.click(screen.getByRole('button', { name: 'Mark as sent' }));
    expect(sendMessage).toHaveBeenCalledWith('logInteraction', expect.objectContaining({ contactId: 'c1', kind: 'email', summary: 'Hello & welcome?' }));
    expect(onSent).toHaveBeenCalled();
  });

  it('without an email: no mail link, a word why, and a message logged when marked sent', async () => {
    render(<DraftPanel contact={contact({ emails: [] })} kind="followUp" context={CONTEXT} />);
    expect(screen.getByText(/No email address for this person/)).toBeVisible();
    expect(screen.queryByRole('link', { name: 'Open in email app' })).toBeNull();
    await userEvent.click(screen.getByRole('button', { name: 'Mark as sent' }));
    expect(sendMessage).toHaveBeenCalledWith('logInteraction', expect.objectContaining({ kind: 'message' }));
  });

  it('an address stored before the rules tightened gives no mail link, and no broken page', () => {
    render(<DraftPanel contact={contact({ emails: ['ines@localhost'] })} kind="followUp" context={CONTEXT} />);
    expect(screen.getByRole('region', { name: 'Message to Inès Caron' })).toBeVisible();
    expect(screen.queryByRole('link', { name: 'Open in email app' })).toBeNull();
    expect(screen.getByRole('button', { name: 'Copy message' })).toBeVisible();
  });

  it('copies the message, or selects it when the clipboard is refused', async () => {
    const user = userEvent.setup(); // gives jsdom a clipboard
    render(<DraftPanel contact={contact()} kind="followUp" context={CONTEXT} />);
    await user.click(screen.getByRole('button', { name: 'Copy message' }));
    expect(await navigator.clipboard.readText()).toBe((screen.getByLabelText('Message') as HTMLTextAreaElement).value);
    expect(screen.getByRole('status')).toHaveTextContent('Copied: paste it into a message on their profile.');

    vi.spyOn(navigator.clipboard, 'writeText').mockRejectedValueOnce(new Error('denied'));
    await user.click(screen.getByRole('button', { name: 'Copy message' }));
    expect(screen.getByRole('status')).toHaveTextContent('The message is selected: press Ctrl+C (⌘C) to copy it.');
  });
});
