import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { WritingTo } from '@/components/sidebar/WritingTo';
import { contactRecord } from '../support/records';

const sendMessage = vi.hoisted(() => vi.fn());
vi.mock('@/messaging/protocol', async (original) => ({ ...(await original<object>()), sendMessage }));

describe('writing to them', () => {
  it('while an address is being saved, the language waits instead of taking a choice it would drop', async () => {
    const claire = contactRecord({ id: 'c1' });
    let answer: (value: unknown) => void = () => undefined;
    sendMessage.mockImplementation(() => new Promise((resolve) => (answer = resolve)));
    render(<WritingTo contact={claire} />);
    await userEvent.click(screen.getByText('Writing to them'));
    await userEvent.type(screen.getByRole('textbox', { name: 'Email' }), 'claire@lumen.example');
    await userEvent.click(screen.getByRole('button', { name: 'Save' }));
    expect(screen.getByRole('combobox', { name: 'Language' })).toBeDisabled();
    expect(screen.getByRole('combobox', { name: 'Register' })).toBeDisabled();
    answer({ ok: true, value: { ...claire, emails: ['claire@lumen.example'] } });
    await waitFor(() => expect(screen.getByRole('combobox', { name: 'Language' })).toBeEnabled());
  });
});
