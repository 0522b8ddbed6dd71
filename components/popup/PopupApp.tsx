import { useDeferredValue, useState } from 'react';
import { browser } from 'wxt/browser';
import { dueWindow, groupDue } from '@/core/due-groups';
import { systemTimeZone } from '@/core/local-day';
import { isDueNow } from '@/core/reminders';
import { useDueContacts } from './use-due-contacts';
import { useNow } from '@/components/shared/use-now';
import { t } from '@/i18n';
import { DueList } from './DueList';
import { JustMetForm } from './JustMetForm';
import { LunchIdeas } from './LunchIdeas';
import { OpenSidePanel } from './OpenSidePanel';
import { useSettings } from '@/components/shared/use-settings';
import { useSync } from '@/components/shared/use-sync';
import { SyncStatusLine } from '@/components/shared/SyncStatusLine';

/** The toolbar popup: who to get back to, and "Just met someone". Also the side panel's page away from profiles. */
export function PopupApp({ timeZone = systemTimeZone(), inPanel = false }: { timeZone?: string; inPanel?: boolean }) {
  const now = useNow();
  const settings = useSettings();
  const sync = useSync();
  const [lunchOpen, setLunchOpen] = useState(false);
  const { endOfWeek } = dueWindow(now, timeZone);
  // Each write to the due list (a first sync's batches) renders it again in the background, in
  // slices that give the page back, not in one task (the extension's pages share one thread).
  // The first list shows at once: a deferred first render waited a frame or more to paint.
  const live = useDueContacts(endOfWeek);
  const due = useDeferredValue(live) ?? live;
  const groups = due ? groupDue(due, now, timeZone) : null;
  const dueNow = due?.filter((c) => isDueNow(c, now)).length ?? 0;
  const empty = groups && groups.overdue.length + groups.today.length + groups.week.length === 0;

  return (
    <main className="popup">
      <header className="popup-header">
        <h1>{t('appName')}</h1>
        {dueNow > 0 && <span className="due-count">{t('dueNowCount', { count: dueNow })}</span>}
        {!inPanel && <OpenSidePanel />}
        <button type="button" className="link" onClick={() => void browser.runtime.openOptionsPage()}>{t('openDashboard')}</button>
      </header>
      {!groups ? (
        <p className="muted" role="status">{t('loading')}</p>
      ) : empty ? (
        <div className="empty">
          <h2>{t('emptyTitle')}</h2>
          <p>{t('emptyHelp')}</p>
        </div>
      ) : (
        <DueList groups={groups} now={now} timeZone={timeZone} />
      )}
      {/* Folded, and only read once unfolded: the popup opens on the due list alone. */}
      <details className="lunch" onToggle={(e) => setLunchOpen(e.currentTarget.open)}>
        <summary>{t('lunchIdeas')}</summary>
        {lunchOpen && <LunchIdeas now={now} timeZone={timeZone} goal={settings?.lunchGoalPerWeek ?? 0} />}
      </details>
      <JustMetForm />
      {sync?.server && <SyncStatusLine status={sync.status} />}
    </main>
  );
}
