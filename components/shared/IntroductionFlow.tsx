import { useState } from 'react';
import { bothAgreed } from '@/core/introductions';
import type { Contact, Introduction } from '@/core/records';
import { t, type MessageKey } from '@/i18n';
import { tRich } from '@/i18n/rich';
import { sendCommand } from '@/messaging/send-command';
import { DraftPanel } from './DraftPanel';
import { useAction } from './use-action';
import { useDraftContext } from './use-draft-context';

const STATUS_LABELS: Record<Introduction['status'], MessageKey> = {
  proposed: 'introStatusProposed',
  asked: 'introStatusAsked',
  introduced: 'introStatusIntroduced',
  declined: 'introStatusDeclined',
};

interface Props {
  introduction: Introduction;
  /** The two people, whichever side this page shows. */
  a: Contact;
  b: Contact;
}

/**
 * One introduction, the double opt-in step by step: ask each person alone (a draft to each, in
 * their own language and register), note each answer, and once both said yes draft the
 * introduction itself — the one message with two recipients. Then what came of it.
 */
export function IntroductionFlow({ introduction, a, b }: Props) {
  const context = useDraftContext();
  const [drafting, setDrafting] = useState<'a' | 'b' | 'both' | null>(null);
  const [outcome, setOutcome] = useState(introduction.outcome ?? '');
  const { busy, error, run } = useAction();
  const open = introduction.status === 'proposed' || introduction.status === 'asked';
  const sides = [
    { side: 'a' as const, person: a, other: b, askedAt: introduction.askedAAt, answer: introduction.aAnswer },
    { side: 'b' as const, person: b, other: a, askedAt: introduction.askedBAt, answer: introduction.bAnswer },
  ];
  const step = (change: Parameters<typeof sendCommand<'introductionStep'>>[1]['change'], summary = '') =>
    sendCommand('introductionStep', { id: introduction.id, change, summary });

  return (
    <div className="introduction">
      <p>
        {tRich('introBetween', { a: <bdi>{a.name}</bdi>, b: <bdi>{b.name}</bdi> })} — <strong>{t(STATUS_LABELS[introduction.status])}</strong>
      </p>
      {introduction.note && <p className="small" dir="auto">{introduction.note}</p>}
      {open && (
        <ul className="intro-steps">
          {sides.map(({ side, person, askedAt, answer }) => (
            <li key={side}>
              {askedAt === undefined ? (
                <button type="button" aria-expanded={drafting === side} onClick={() => setDrafting(drafting === side ? null : side)}>
                  {tRich('introAsk', { name: <bdi>{person.name}</bdi> })}
                </button>
              ) : answer ? (
                <span className="small">{tRich(answer === 'yes' ? 'introSaidYes' : 'introSaidNo', { name: <bdi>{person.name}</bdi> })}</span>
              ) : (
                <span className="row">
                  <span className="small">{tRich('introWaiting', { name: <bdi>{person.name}</bdi> })}</span>
                  <button type="button" disabled={busy} onClick={() => void run(() => step({ step: 'answered', side, answer: 'yes' }))}>{tRich('introYes', { name: <bdi>{person.name}</bdi> })}</button>
                  <button type="button" disabled={busy} onClick={() => void run(() => step({ step: 'answered', side, answer: 'no' }))}>{tRich('introNo', { name: <bdi>{person.name}</bdi> })}</button>
                </span>
              )}
            </li>
          ))}
          {bothAgreed(introduction) && (
            <li>
              <button type="button" className="draft-open" aria-expanded={drafting === 'both'} onClick={() => setDrafting(drafting === 'both' ? null : 'both')}>
                {t('introDraftBoth')}
              </button>
            </li>
          )}
        </ul>
      )}
      {context && sides.map(({ side, person, other }) =>
        drafting === side ? (
          <DraftPanel key={side} contact={person} kind="introAsk" context={context} extras={{ other }}
            markSent={(subject) => step({ step: 'asked', side }, subject)} onSent={() => setDrafting(null)} />
        ) : null,
      )}
      {context && drafting === 'both' && (
        <DraftPanel contact={a} alsoTo={b} kind="introduction" context={context} extras={{ other: b }}
          markSent={(subject) => step({ step: 'introduced' }, subject)} onSent={() => setDrafting(null)} />
      )}
      {!open && (
        <form className="row" aria-label={t('introOutcome')} onSubmit={(e) => {
          e.preventDefault();
          void run(() => sendCommand('describeIntroduction', { id: introduction.id, outcome }));
        }}>
          <input aria-label={t('introOutcome')} placeholder={t('introOutcome')} value={outcome} onChange={(e) => setOutcome(e.target.value)} />
          <button type="submit" disabled={busy}>{t('save')}</button>
        </form>
      )}
      {error && <p className="error" role="alert">{error}</p>}
    </div>
  );
}
