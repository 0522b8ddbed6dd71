import { t } from '@/i18n';
import type { FrameState } from '@/messaging/frame-state';
import { SidebarBody } from './SidebarBody';

interface Props {
  frame: FrameState | null;
  /** Absent in the browser's side panel, which the browser itself closes. */
  onCollapse?: () => void;
}

/** The sidebar region: a header with the fold button, then the profile's body. */
export function Sidebar({ frame, onCollapse }: Props) {
  return (
    <section className="sidebar" aria-label={t('appName')}>
      <header className="sidebar-header">
        <h1 className="brand">{t('appName')}</h1>
        {onCollapse && (
          <button type="button" className="icon" aria-label={t('collapse')} title={t('collapse')} onClick={onCollapse}>
            ⟩
          </button>
        )}
      </header>
      {frame ? <SidebarBody key={frame.ref.key} frame={frame} /> : <p className="muted">{t('loading')}</p>}
    </section>
  );
}
