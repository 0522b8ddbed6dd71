import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { SettingsSection } from '@/components/dashboard/settings/SettingsSection';
import { TemplatesSection } from '@/components/dashboard/templates/TemplatesSection';
import { DEFAULT_TEMPLATES } from '@/core/draft-templates';
import { DEFAULT_SETTINGS, settingsItem } from '@/messaging/settings';

describe('dashboard settings', () => {
  it('shows the current settings and saves changes', async () => {
    render(<SettingsSection />);
    const gap = await screen.findByRole('spinbutton', { name: 'Minimum gap between two contacts (days)' });
    expect(gap).toHaveValue(DEFAULT_SETTINGS.minGapDays);
    expect(screen.getByRole('combobox', { name: 'Keep in touch with new contacts' })).toHaveDisplayValue('Every 3 months');

    await userEvent.clear(gap);
    await userEvent.type(gap, '14');
    await userEvent.selectOptions(screen.getByRole('combobox', { name: 'Keep in touch with new contacts' }), 'Every 6 months');
    await userEvent.click(screen.getByRole('checkbox', { name: 'Desktop notifications' }));
    await userEvent.click(screen.getByRole('checkbox', { name: 'Quiet hours' }));
    expect(screen.getByLabelText('From')).toBeDisabled();
    await userEvent.click(screen.getByRole('button', { name: 'Save' }));

    expect(await screen.findByText('Settings saved.')).toBeVisible();
    expect(await settingsItem.getValue()).toEqual({
      ...DEFAULT_SETTINGS,
      minGapDays: 14,
      defaultCadenceDays: 182,
      notifications: false,
      quietHours: null,
    });
  });

  it('refuses a minimum gap out of range and saves nothing', async () => {
    render(<SettingsSection />);
    const gap = await screen.findByRole('spinbutton', { name: 'Minimum gap between two contacts (days)' });
    await userEvent.clear(gap);
    await userEvent.type(gap, '1000');
    await userEvent.click(screen.getByRole('button', { name: 'Save' }));
    // The browser's own validation stops the form and says why.
    expect(gap).toBeInvalid();
    expect(screen.queryByText('Settings saved.')).toBeNull();
    expect(await settingsItem.getValue()).toEqual(DEFAULT_SETTINGS);
  });
});

describe('draft templates', () => {
  it('edits a template with a live preview that adapts to missing details, saves it and resets it', async () => {
    const user = userEvent.setup();
    render(<TemplatesSection />);
    const body = await screen.findByRole('textbox', { name: 'Text' });
    const preview = screen.getByRole('region', { name: 'Preview' });
    expect(within(preview).getByText(/I really enjoyed our conversation about cobots in small workshops\./)).toBeVisible();

    // Without a topic the sentence about it goes, words and all.
    await user.click(within(preview).getByRole('checkbox', { name: 'What we talked about' }));
    expect(within(preview).queryByText(/conversation about/)).toBeNull();
    expect(within(preview).getByText(/^Left out \(no value\): .*\btopic\b/)).toBeVisible();

    await user.clear(body);
    // userEvent reads { and [ as key descriptors: doubled, they are typed as themselves.
    await user.type(body, 'Hello {{firstName},[[ see you at {{event}]! {{nickname}');
    expect(within(preview).getByRole('alert')).toHaveTextContent('Not a field, left out: {nickname}');
    await user.clear(body);
    await user.type(body, 'Hello {{firstName},[[ see you at {{event}]!');
    expect(within(preview).getByText('Hello Claire, see you at Mobile Monday Lyon!')).toBeVisible();
    await user.click(within(preview).getByRole('checkbox', { name: 'Event' }));
    expect(within(preview).getByText('Hello Claire,!')).toBeVisible();

    await user.click(screen.getByRole('button', { name: 'Save' }));
    expect(await screen.findByText('Template saved.')).toBeVisible();
    expect((await settingsItem.getValue()).templates).toEqual({ 'followUp.en.informal': { subject: 'Great to meet you[ at {event}]', body: 'Hello {firstName},[ see you at {event}]!' } });

    await user.click(screen.getByRole('button', { name: 'Use Maille’s version' }));
    expect(await screen.findByText('Back to Maille’s version.')).toBeVisible();
    expect((await settingsItem.getValue()).templates).toEqual({});
    expect(body).toHaveValue(DEFAULT_TEMPLATES['followUp.en.informal'].body);
  });

  it('a settings save does not undo a template saved since the settings were loaded', async () => {
    render(<SettingsSection />);
    await screen.findByRole('spinbutton', { name: 'Minimum gap between two contacts (days)' });
    const templates = { 'followUp.fr.formal': { subject: 'Objet', body: 'Bonjour {fullName},' } };
    await settingsItem.setValue({ ...(await settingsItem.getValue()), templates });
    await userEvent.click(screen.getByRole('button', { name: 'Save' }));
    expect(await screen.findByText('Settings saved.')).toBeVisible();
    expect((await settingsItem.getValue()).templates).toEqual(templates);
  });
});
