import { useVirtualizer } from '@tanstack/react-virtual';
import { useRef } from 'react';
import { DUE_GROUPS, type DueGroup } from '@/core/due-groups';
import type { Contact } from '@/core/records';
import { t, type MessageKey } from '@/i18n';
import { DueItem } from './DueItem';

const GROUP_TITLES: Record<DueGroup, MessageKey> = { overdue: 'groupOverdue', today: 'groupToday', week: 'groupWeek' };

/** Above this many entries only the visible rows are rendered. */
export const VIRTUALIZE_FROM = 60;

interface Props {
  groups: Record<DueGroup, Contact[]>;
  now: number;
  timeZone: string;
}

type Row = { kind: 'header'; group: DueGroup; count: number } | { kind: 'item'; contact: Contact };

function GroupHeader({ group, count }: { group: DueGroup; count: number }) {
  return (
    <h2 className="group-title">
      {t(GROUP_TITLES[group])} <span className="count">{count}</span>
    </h2>
  );
}

/** The due entries under Overdue, Today and This week: a list item each. */
export function DueList({ groups, now, timeZone }: Props) {
  const total = DUE_GROUPS.reduce((n, g) => n + groups[g].length, 0);
  if (total >= VIRTUALIZE_FROM) return <VirtualDueList groups={groups} now={now} timeZone={timeZone} />;
  return (
    <>
      {DUE_GROUPS.filter((g) => groups[g].length > 0).map((group) => (
        <section key={group} aria-label={t(GROUP_TITLES[group])}>
          <GroupHeader group={group} count={groups[group].length} />
          <ul className="due-list">
            {groups[group].map((contact) => <DueItem key={contact.id} contact={contact} now={now} timeZone={timeZone} />)}
          </ul>
        </section>
      ))}
    </>
  );
}

/** Hundreds of entries: one scrolling list whose rows are rendered only when visible. */
function VirtualDueList({ groups, now, timeZone }: Props) {
  const rows: Row[] = DUE_GROUPS.filter((g) => groups[g].length > 0).flatMap((group): Row[] => [
    { kind: 'header', group, count: groups[group].length },
    ...groups[group].map((contact): Row => ({ kind: 'item', contact })),
  ]);
  const scroller = useRef<HTMLDivElement>(null);
  // eslint-disable-next-line react-hooks/incompatible-library -- the virtualizer is read during render by design
  const virtualizer = useVirtualizer({
    count: rows.length,
    getScrollElement: () => scroller.current,
    estimateSize: (i) => (rows[i]?.kind === 'header' ? 36 : 84),
    overscan: 8,
    initialRect: { width: 380, height: 480 },
  });
  return (
    <div ref={scroller} className="virtual-scroller">
      <ul className="due-list" style={{ height: virtualizer.getTotalSize(), position: 'relative' }}>
        {virtualizer.getVirtualItems().map((item) => {
          const row = rows[item.index]!;
          const rowProps = {
            ref: virtualizer.measureElement,
            'data-index': item.index,
            className: 'virtual-row',
            style: { transform: `translateY(${item.start}px)` },
          };
          return row.kind === 'header' ? (
            <li key={item.key} role="presentation" {...rowProps}>
              <GroupHeader group={row.group} count={row.count} />
            </li>
          ) : (
            <DueItem key={item.key} contact={row.contact} now={now} timeZone={timeZone} rowProps={rowProps} />
          );
        })}
      </ul>
    </div>
  );
}
