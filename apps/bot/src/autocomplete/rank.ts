import type { Candidate } from './candidates';
import { fold } from './fold';

/** How well a candidate matches what was typed; lower is better, null is no match. */
function matchTier(candidate: Candidate, query: string, tokens: readonly string[]): number | null {
  if (candidate.names.includes(query)) return 0;
  if (candidate.names.some((name) => name.startsWith(query))) return 1;
  if (tokens.every((token) => candidate.words.some((word) => word.startsWith(token)))) return 2;
  if (tokens.every((token) => candidate.words.some((word) => word.includes(token)))) return 3;
  return null;
}

export type RankedCandidate = { candidate: Candidate; tier: number };

/**
 * Candidates for what someone has typed so far: exact names first, then names that start with it, then
 * records every typed word begins a word of, then looser substring matches; within a tier the most useful
 * first. Nothing typed yet gives every record, most useful first.
 */
export function rankCandidates(candidates: readonly Candidate[], typed: string): RankedCandidate[] {
  const query = fold(typed);
  if (query === '') return candidates.map((candidate) => ({ candidate, tier: 0 })).sort(byTierThenPopularity);
  const tokens = query.split(' ');
  const matched: RankedCandidate[] = [];
  for (const candidate of candidates) {
    const tier = matchTier(candidate, query, tokens);
    if (tier !== null) matched.push({ candidate, tier });
  }
  return matched.sort(byTierThenPopularity);
}

function byTierThenPopularity(a: RankedCandidate, b: RankedCandidate): number {
  return a.tier - b.tier || a.candidate.popularity - b.candidate.popularity;
}
