import type { Introduction, IntroductionAnswer, IntroductionStatus } from './records';

/** What happens to an introduction: each side asked, each side's answer, the introduction sent. */
export type IntroductionStep =
  | { step: 'asked'; side: 'a' | 'b' }
  | { step: 'answered'; side: 'a' | 'b'; answer: IntroductionAnswer }
  | { step: 'introduced' };

/** Why a step cannot be taken now. */
export type StepProblem = 'notAsked' | 'notAgreed' | 'closed';

/**
 * The introduction after a step, or why the step cannot be taken: an answer needs the question
 * first; the introduction itself needs both to have said yes (double opt-in); a declined or done
 * introduction takes no more steps. The status follows: asked once anyone was asked, declined as
 * soon as one says no, introduced once the introduction is sent.
 */
export function applyIntroductionStep(intro: Introduction, change: IntroductionStep, at: number): Introduction | StepProblem {
  if (intro.status === 'declined' || intro.status === 'introduced') return 'closed';
  const next: Introduction = { ...intro, updatedAt: at };
  if (change.step === 'asked') {
    if (change.side === 'a') next.askedAAt = at;
    else next.askedBAt = at;
  } else if (change.step === 'answered') {
    if ((change.side === 'a' ? intro.askedAAt : intro.askedBAt) === undefined) return 'notAsked';
    if (change.side === 'a') next.aAnswer = change.answer;
    else next.bAnswer = change.answer;
  } else {
    if (intro.aAnswer !== 'yes' || intro.bAnswer !== 'yes') return 'notAgreed';
    next.introducedAt = at;
  }
  next.status = statusOf(next);
  return next;
}

function statusOf(intro: Introduction): IntroductionStatus {
  if (intro.introducedAt !== undefined) return 'introduced';
  if (intro.aAnswer === 'no' || intro.bAnswer === 'no') return 'declined';
  if (intro.askedAAt !== undefined || intro.askedBAt !== undefined) return 'asked';
  return 'proposed';
}

/** Whether the two have both agreed: the introduction itself may be drafted. */
export function bothAgreed(intro: Pick<Introduction, 'aAnswer' | 'bAnswer'>): boolean {
  return intro.aAnswer === 'yes' && intro.bAnswer === 'yes';
}

/**
 * Pairs who share a tag and were never introduced (nor is one proposed): suggestions, most shared
 * tags first. `people` is small (the dashboard reads it once); pairs are ordered by name.
 */
export function introductionSuggestions<T extends { id: string; name: string; tags: readonly string[] }>(
  people: readonly T[],
  introductions: readonly Pick<Introduction, 'aId' | 'bId'>[],
  limit = 10,
): { a: T; b: T; tags: string[] }[] {
  const known = new Set(introductions.flatMap(({ aId, bId }) => [`${aId}|${bId}`, `${bId}|${aId}`]));
  const byTag = new Map<string, T[]>();
  for (const person of people) for (const tag of person.tags) byTag.set(tag.toLowerCase(), [...(byTag.get(tag.toLowerCase()) ?? []), person]);
  const pairs = new Map<string, { a: T; b: T; tags: string[] }>();
  for (const [, members] of byTag) {
    for (let i = 0; i < members.length; i++) {
      for (let j = i + 1; j < members.length; j++) {
        const [a, b] = members[i]!.name.localeCompare(members[j]!.name) <= 0 ? [members[i]!, members[j]!] : [members[j]!, members[i]!];
        const key = `${a.id}|${b.id}`;
        if (known.has(key)) continue;
        const shared = a.tags.filter((tag) => b.tags.some((other) => other.toLowerCase() === tag.toLowerCase()));
        pairs.set(key, { a, b, tags: shared });
      }
    }
  }
  return [...pairs.values()].sort((x, y) => y.tags.length - x.tags.length || x.a.name.localeCompare(y.a.name) || x.b.name.localeCompare(y.b.name)).slice(0, limit);
}
