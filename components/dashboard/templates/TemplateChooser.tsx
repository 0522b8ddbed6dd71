import { DRAFT_KINDS, type DraftKind } from '@/core/draft-templates';
import { LANGUAGES, REGISTERS, type Language, type Register } from '@/core/records';
import { LANGUAGE_NAMES, t, type MessageKey } from '@/i18n';

const KIND_LABELS: Record<DraftKind, MessageKey> = {
  followUp: 'templateFollowUp',
  congratulate: 'templateCongratulate',
  newYear: 'templateNewYear',
  lunchInvite: 'templateLunchInvite',
  news: 'templateNews',
  introAsk: 'templateIntroAsk',
  introduction: 'templateIntroduction',
};
const REGISTER_LABELS: Record<Register, MessageKey> = { informal: 'registerInformal', formal: 'registerFormalShort' };

export interface TemplateChoice {
  kind: DraftKind;
  language: Language;
  register: Register;
}

/** Which template is edited: the message, its language, its register. */
export function TemplateChooser({ choice, onChoose }: { choice: TemplateChoice; onChoose: (patch: Partial<TemplateChoice>) => void }) {
  return (
    <div className="row">
      <label className="field">
        <span>{t('templateMessage')}</span>
        <select value={choice.kind} onChange={(e) => onChoose({ kind: e.target.value as DraftKind })}>
          {DRAFT_KINDS.map((k) => <option key={k} value={k}>{t(KIND_LABELS[k])}</option>)}
        </select>
      </label>
      <label className="field">
        <span>{t('writeIn')}</span>
        <select value={choice.language} onChange={(e) => onChoose({ language: e.target.value as Language })}>
          {LANGUAGES.map((l) => <option key={l} value={l}>{LANGUAGE_NAMES[l]}</option>)}
        </select>
      </label>
      <label className="field">
        <span>{t('register')}</span>
        <select value={choice.register} onChange={(e) => onChoose({ register: e.target.value as Register })}>
          {REGISTERS.map((r) => <option key={r} value={r}>{t(REGISTER_LABELS[r])}</option>)}
        </select>
      </label>
    </div>
  );
}
