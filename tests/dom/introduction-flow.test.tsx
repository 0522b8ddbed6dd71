import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { IntroductionFlow } from '@/components/shared/IntroductionFlow';
import type { Contact, Introduction } from '@/core/records';

const sendMessage = vi.hoisted(() => vi.fn());
vi.mock('@/messaging/protocol', async (original) => ({ ...(await original<object>()), sendMessage }));

const person = (id: string, name: string, email: string): Contact => ({
  id, name, nameKey: name.toLowerCase(), emails: [email], tags: [], notes: '', profiles: [], profileKeys: [], cadenceDays: 91, createdAt: 0, updatedAt: 0,
});
const CLAIRE = person('a', 'Claire Fontaine', 'claire@lumen.example');
const MARC = person('b', 'Marc Lefebvre', 'marc@brume.example');
const intro = (extra: Partial<Introduction>): Introduction => ({ id: 'i1', aId: 'a', bId: 'b', at: 0, status: 'proposed', createdAt: 0, updatedAt: 0, ...extra });

beforeEach(() => {
  sendMessage.mockReset();
  sendMessage.mockResolvedValue({ ok: true, value: {} });
});

describe('an introduction, step by step', () => {
  it('asks one person alone: the ask is a draft to them, and marking it sent takes the step', async () => {
    render(<IntroductionFlow introduction={intro({})} a={CLAIRE} b={MARC} />);
    const line = (_: string, el: Element | null) => el?.tagName === 'P' && el.textContent === 'Claire Fontaine ↔ Marc Lefebvre — proposed';
    expect(screen.getByText(line)).toBeVisible();
    expect(screen.queryByRole('button', { name: 'Draft the introduction (to both)' })).toBeNull();
    await userEvent.click(screen.getByRole('button', { name: 'Ask Marc Lefebvre' }));
    const draft = await screen.findByRole('region', { name: 'Message to Marc Lefebvre' });
    expect(draft).toHaveTextContent('To marc@brume.example — one message, to this person only.');
    await userEvent.click(screen.getByRole('button', { name: 'Mark as sent' }));
    expect(sendMessage).toHaveBeenCalledWith('introductionStep', { id: 'i1', change: { step: 'asked', side: 'b' }, summary: 'Would you like to meet Claire Fontaine?' });
    expect(sendMessage).not.toHaveBeenCalledWith('logInteraction', expect.anything());
  });

  it('notes an answer once asked, and drafts the introduction to both once both said yes', async () => {
    const { rerender } = render(<IntroductionFlow introduction={intro({ status: 'asked', askedAAt: 1 })} a={CLAIRE} b={MARC} />);
    await userEvent.click(screen.getByRole('button', { name: 'Claire Fontaine said yes' }));
    expect(sendMessage).toHaveBeenCalledWith('introductionStep', { id: 'i1', change: { step: 'answered', side: 'a', answer: 'yes' }, summary: '' });

    rerender(<IntroductionFlow introduction={intro({ status: 'asked', askedAAt: 1, askedBAt: 2, aAnswer: 'yes', bAnswer: 'yes' })} a={CLAIRE} b={MARC} />);
    await userEvent.click(screen.getByRole('button', { name: 'Draft the introduction (to both)' }));
    const draft = await screen.findByRole('region', { name: 'Message to Claire Fontaine' });
    expect(draft).toHaveTextContent('To claire@lumen.example and marc@brume.example — the introduction, to the two of them only.');
    const url = new URL(screen.getByRole('link', { name: 'Open in email app' }).getAttribute('href')!);
    expect(decodeURIComponent(url.pathname).split(',')).toEqual(['claire@lumen.example', 'marc@brume.example']);
  });

  it('a declined introduction takes no step, and keeps what came of it', async () => {
    render(<IntroductionFlow introduction={intro({ status: 'declined', askedAAt: 1, aAnswer: 'no' })} a={CLAIRE} b={MARC} />);
    expect(screen.queryByRole('button', { name: /^Ask / })).toBeNull();
    await userEvent.type(screen.getByRole('textbox', { name: 'What came of it' }), 'Not the right time');
    await userEvent.click(screen.getByRole('button', { name: 'Save' }));
    expect(sendMessage).toHaveBeenCalledWith('describeIntroduction', { id: 'i1', outcome: 'Not the right time' });
  });
});
