import type { Contact } from './records';

/** Two records that may be one person, and why Maille thinks so. */
export interface DuplicatePair {
  keep: Contact;
  other: Contact;
  reason: 'sameProfile' | 'sameName' | 'sameEmail';
}

/**
 * Records that may be the same person: one profile seen under two keys (one record holds a key
 * the other was seen under), a shared email, or the same name (accents and case aside). The
 * older record is the one to keep. Each pair once, with its strongest sign.
 */
export function duplicatePairs(contacts: readonly Contact[], limit = 50): DuplicatePair[] {
  const pairs = new Map<string, DuplicatePair>();
  const add = (group: Contact[], reason: DuplicatePair['reason']) => {
    const sorted = [...group].sort((a, b) => a.createdAt - b.createdAt || a.id.localeCompare(b.id));
    for (let i = 1; i < sorted.length; i++) {
      const [keep, other] = [sorted[0]!, sorted[i]!];
      const key = [keep.id, other.id].sort().join('|');
      if (!pairs.has(key)) pairs.set(key, { keep, other, reason });
    }
  };
  const byEmail = new Map<string, Contact[]>();
  const byName = new Map<string, Contact[]>();
  const byProfileKey = new Map<string, Contact>();
  for (const contact of contacts) for (const key of contact.profileKeys) byProfileKey.set(key, contact);
  for (const contact of contacts) {
    for (const key of contact.aliasKeys ?? []) {
      const holder = byProfileKey.get(key);
      if (holder && holder !== contact) add([contact, holder], 'sameProfile');
    }
    for (const email of contact.emails) byEmail.set(email, [...(byEmail.get(email) ?? []), contact]);
    if (contact.nameKey) byName.set(contact.nameKey, [...(byName.get(contact.nameKey) ?? []), contact]);
  }
  for (const group of byEmail.values()) if (group.length > 1) add(group, 'sameEmail');
  for (const group of byName.values()) if (group.length > 1) add(group, 'sameName');
  return [...pairs.values()].slice(0, limit);
}
