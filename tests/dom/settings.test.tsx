import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { SettingsSection } from '@/components/dashboard/SettingsSection';
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
