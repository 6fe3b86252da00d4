import type { KnownOrganization } from '../archive/archive-snapshot';
import type { Removal } from '../clean/removal';
import { type Proposal, quote, ruleLabel } from './proposal';
import { findNamesIn, resolveName } from './resolve-name';

export type OutletProposal = {
  outlet: Proposal<string | null>;
  via: Proposal<string | null>;
  /** Outlet names the page gives that data/organizations.yaml does not list. */
  unknownNames: Array<{ name: string; where: string }>;
};

export type OutletEvidence = {
  removals: readonly Removal[];
  body: readonly string[];
  /** An HTML page's og:site_name, when there is one. */
  siteName?: string | undefined;
};

/** Phrases in which an article names its own outlet: "he told GlobalPost", "agreed to talk with GlobalPost". */
const SELF_REFERENCE =
  /\b(?:told|tells|talk(?:ed)? (?:with|to)|spoke (?:with|to)|speaking (?:with|to)|said to|in an interview with|declined to release [^.]{0,80}? to)\s+(?:the\s+)?$/u;

function sentenceAround(text: string, index: number): string {
  const start = Math.max(text.lastIndexOf('. ', index) + 2, 0);
  const end = text.indexOf('. ', index);
  return text.slice(start, end < 0 ? text.length : end + 1);
}

/**
 * Proposes `outlet` (who published the story) and `via` (the site it was saved from, when different),
 * strongest evidence first: a note naming the story's origin or an author's employer; outlets named in
 * the site's own chrome (donation appeal, comment policy, footer); the article naming its own outlet
 * ("he told GlobalPost"). Only outlets data/organizations.yaml lists are proposed; others are reported.
 */
export function proposeOutlet(
  evidence: OutletEvidence,
  outlets: readonly KnownOrganization[],
): OutletProposal {
  const unknownNames: OutletProposal['unknownNames'] = [];
  let outlet: Proposal<string | null> | null = null;

  for (const removal of evidence.removals) {
    const name = removal.groups.outlet;
    if (name === undefined) continue;
    const record = resolveName(name, outlets);
    const where = `the page's ${ruleLabel(removal.ruleId)}: ${quote(removal.text)}`;
    if (!record) {
      if (!unknownNames.some((known) => known.name === name)) unknownNames.push({ name, where });
      continue;
    }
    outlet ??= { value: record.id, basis: `named in ${where}` };
  }

  const site: Array<{ id: string; basis: string }> = [];
  if (evidence.siteName) {
    const record = resolveName(evidence.siteName, outlets);
    if (record) site.push({ id: record.id, basis: `the page's og:site_name ${quote(evidence.siteName)}` });
    else unknownNames.push({ name: evidence.siteName, where: "the page's og:site_name" });
  }
  for (const removal of evidence.removals) {
    if (!removal.yields.includes('site')) continue;
    for (const { record } of findNamesIn(removal.text, outlets)) {
      site.push({
        id: record.id,
        basis: `named in the page's ${ruleLabel(removal.ruleId)}: ${quote(removal.text)}`,
      });
    }
  }

  if (outlet) {
    const other = site.find((entry) => entry.id !== outlet?.value);
    return {
      outlet,
      via: other
        ? { value: other.id, basis: `the site the page was saved from, ${other.basis}` }
        : none('via'),
      unknownNames,
    };
  }
  const own = site[0];
  if (own) return { outlet: { value: own.id, basis: own.basis }, via: none('via'), unknownNames };

  for (const paragraph of evidence.body) {
    for (const { record, index } of findNamesIn(paragraph, outlets)) {
      if (SELF_REFERENCE.test(paragraph.slice(Math.max(0, index - 120), index))) {
        return {
          outlet: {
            value: record.id,
            basis: `the article speaks of it as its own outlet: ${quote(sentenceAround(paragraph, index))}`,
          },
          via: none('via'),
          unknownNames,
        };
      }
    }
  }
  return { outlet: none('outlet'), via: none('via'), unknownNames };
}

function none(field: 'outlet' | 'via'): Proposal<null> {
  return {
    value: null,
    basis:
      field === 'outlet' ? 'unknown: the page names no outlet that the archive lists' : 'no other site named',
  };
}
