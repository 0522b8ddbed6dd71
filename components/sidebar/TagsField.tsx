import { useState, type FormEvent } from 'react';
import type { Contact } from '@/core/records';
import { t } from '@/i18n';
import { sendCommand } from '@/messaging/send-command';
import { useAction } from '@/components/shared/use-action';

export function TagsField({ contact }: { contact: Contact }) {
  const [draft, setDraft] = useState('');
  const { error, run } = useAction();
  // The tags as shown are the base: the background adds and removes what changed, keeping another tab's tags.
  const saveTags = (tags: string[]) => run(() => sendCommand('updateContact', { id: contact.id, patch: { tags }, base: { tags: contact.tags } }));

  const add = (event: FormEvent) => {
    event.preventDefault();
    const added = draft.split(',').map((s) => s.trim()).filter(Boolean);
    if (added.length === 0) return;
    void saveTags([...contact.tags, ...added]).then((outcome) => outcome?.ok && setDraft(''));
  };

  return (
    <form className="field" onSubmit={add} aria-label={t('tags')}>
      <span className="label">{t('tags')}</span>
      <ul className="tags">
        {contact.tags.map((tag) => (
          <li key={tag} className="tag">
            {tag}
            <button type="button" aria-label={t('removeTag', { tag })} onClick={() => void saveTags(contact.tags.filter((x) => x !== tag))}>×</button>
          </li>
        ))}
      </ul>
      <div className="row">
        <input aria-label={t('addTag')} placeholder={t('addTag')} value={draft} onChange={(e) => setDraft(e.target.value)} />
        <button type="submit">+</button>
      </div>
      {error && <p className="error" role="alert">{error}</p>}
    </form>
  );
}
