import type { JobChange, Observation } from './records';

/** What a profile showed at one visit, as far as its job goes. */
export type SeenJob = Pick<Observation, 'at' | 'profileKey' | 'company' | 'title'>;

/**
 * The latest job change seen, if any: the newest observation shows a company or title that the
 * one before it **of the same profile** did not. Observations of two sites are never compared:
 * LinkedIn and XING word the same job differently, which is not a change. Order does not matter.
 */
export function latestJobChange(observations: readonly SeenJob[]): { at: number; job: JobChange } | null {
  const newestFirst = [...observations].sort((a, b) => b.at - a.at);
  const [latest, ...older] = newestFirst;
  const before = latest && older.find((o) => o.profileKey === latest.profileKey);
  if (!latest || !before) return null;
  const changed = (latest.company && latest.company !== before.company) || (latest.title && latest.title !== before.title);
  return changed ? { at: latest.at, job: { company: latest.company, title: latest.title } } : null;
}
