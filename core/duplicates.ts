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
  // The first `limit` pairs found, strongest signs first: a pair found later never displaces one
  // (its key is set once), so the search stops at `limit` (it is on the table's path at 30,000).
  const pairs = new Map<string, DuplicatePair>();
  const add = (group: Contact[], reason: DuplicatePair['reason']) => {
    const sorted = [...group].sort((a, b) => a.createdAt - b.createdAt || a.id.localeCompare(b.id));
    for (let i = 1; i < sorted.length && pairs.size < limit; i++) {
      const [keep, other] = [sorted[0]!, sorted[i]!];
      const key = keep.id < other.id ? `${keep.id}|${other.id}` : `${other.id}|${keep.id}`;
      if (!pairs.has(key)) pairs.set(key, { keep, other, reason });
    }
  };
  // A key's first holder alone, an array only from its second: nearly every name and email is
  // one person's, and an array each was most of a 30,000-people pass (and of its garbage).
  const grouped = (groups: Map<string, Contact | Contact[]>, key: string, contact: Contact) => {
    const group = groups.get(key);
    if (group === undefined) groups.set(key, contact);
    else if (Array.isArray(group)) group.push(contact);
    else groups.set(key, [group, contact]);
  };
  const byEmail = new Map<string, Contact | Contact[]>();
  const byName = new Map<string, Contact | Contact[]>();
  // Only the profile keys someone holds as an alias are looked up: those are mapped, not all.
  const aliases = new Set<string>();
  for (const contact of contacts) for (const key of contact.aliasKeys ?? []) aliases.add(key);
  const byProfileKey = new Map<string, Contact>();
  if (aliases.size > 0) for (const contact of contacts) for (const key of contact.profileKeys) if (aliases.has(key)) byProfileKey.set(key, contact);
  for (const contact of contacts) {
    for (const key of contact.aliasKeys ?? []) {
      const holder = byProfileKey.get(key);
      if (holder && holder !== contact) add([contact, holder], 'sameProfile');
    }
    for (const email of contact.emails) grouped(byEmail, email, contact);
    if (contact.nameKey) grouped(byName, contact.nameKey, contact);
  }
  for (const group of byEmail.values()) if (Array.isArray(group) && pairs.size < limit) add(group, 'sameEmail');
  for (const group of byName.values()) if (Array.isArray(group) && pairs.size < limit) add(group, 'sameName');
  return [...pairs.values()];
}
