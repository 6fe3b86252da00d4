// Used only by commands/forgiving-match.ts (#17), until it moves onto core's suggest and answers.
import type { ArchiveData } from '../archive/archive-data';
import { formatFigureValue } from '../cards/figure-value';
import type { RenderContext } from '../cards/render-context';
import { yearOf } from '../i18n/format';
import type { EntityKind } from '../i18n/messages';
import { fold } from './fold';

/** One record as autocomplete sees it. */
export type Candidate = {
  /** The record's id: a stable choice value of at most 100 characters (the schema guarantees it). */
  readonly id: string;
  /** What the person sees in the list. */
  readonly label: string;
  /** Folded names this record should be found by exactly (name, aliases, title, id). */
  readonly names: readonly string[];
  /** Folded words of everything it may be found by. */
  readonly words: readonly string[];
  /** Position when nothing has been typed yet: lower comes first. */
  readonly popularity: number;
};

function words(...texts: readonly string[]): string[] {
  return [...new Set(texts.flatMap((text) => fold(text).split(' ')).filter((word) => word !== ''))];
}

function articleCandidates({ data, messages }: RenderContext): Candidate[] {
  // Newest first when nothing is typed; undated articles last.
  const byDate = [...data.articles].sort((a, b) =>
    (b.published.value ?? '').localeCompare(a.published.value ?? ''),
  );
  return byDate.map((article, popularity) => {
    const outlet = data.outletName(article);
    const authors = article.authors.map((id) => data.nameOf(id));
    return {
      id: article.id,
      label: `${article.title} — ${outlet}, ${yearOf(article.published) ?? messages.dateUnknown}`,
      names: [fold(article.title), fold(article.id)],
      words: words(
        article.title,
        outlet,
        ...authors,
        article.id,
        ...(article.dek === null ? [] : [article.dek]),
      ),
      popularity,
    };
  });
}

function personCandidates({ data, messages }: RenderContext): Candidate[] {
  // The people the reporting is about come first: most mentioned.
  const byMentions = [...data.people].sort((a, b) => b.mentions.length - a.mentions.length);
  return byMentions.map((person, popularity) => ({
    id: person.id,
    label: `${person.name} — ${person.roles.map((role) => messages.role[role]).join(', ')}`,
    names: [person.name, ...person.aliases, person.id].map(fold),
    words: words(person.name, ...person.aliases, person.id),
    popularity,
  }));
}

function caseCandidates({ data, messages }: RenderContext): Candidate[] {
  // Cases of named people with the fullest timelines first; anonymous ones after.
  const ranked = [...data.cases].sort(
    (a, b) => Number(b.claimant !== null) - Number(a.claimant !== null) || b.events.length - a.events.length,
  );
  return ranked.map((record, popularity) => {
    const claimant = record.claimant === null ? undefined : data.person(record.claimant);
    const outcome = record.outcome === null ? messages.caseNoOutcome : messages.outcome[record.outcome];
    return {
      id: record.id,
      label: `${record.title} — ${outcome}`,
      names: [record.title, record.id, ...(claimant ? [claimant.name, ...claimant.aliases] : [])].map(fold),
      words: words(
        record.title,
        record.id,
        ...(claimant ? [claimant.name, ...claimant.aliases] : []),
        ...(record.claimantDescription === null ? [] : [record.claimantDescription]),
      ),
      popularity,
    };
  });
}

function figureCandidates(context: RenderContext): Candidate[] {
  // The curators list figures with the headline statistics first.
  return context.data.figures.map((figure, popularity) => ({
    id: figure.id,
    label: `${formatFigureValue(figure, context)} — ${figure.counts}`,
    names: [fold(figure.id), fold(figure.counts)],
    words: words(
      figure.counts,
      figure.unit,
      figure.scope,
      figure.id,
      String(figure.value),
      figure.period ?? '',
    ),
    popularity,
  }));
}

const builders: Record<EntityKind, (context: RenderContext) => Candidate[]> = {
  article: articleCandidates,
  person: personCandidates,
  case: caseCandidates,
  figure: figureCandidates,
};

// Built once per dataset, kind and language; the dataset object is the cache key so tests with other data
// never see the shipped archive's candidates.
const cache = new WeakMap<ArchiveData, Map<string, Candidate[]>>();

export function candidatesFor(kind: EntityKind, context: RenderContext): Candidate[] {
  let perData = cache.get(context.data);
  if (perData === undefined) {
    perData = new Map();
    cache.set(context.data, perData);
  }
  const key = `${kind}:${context.locale}`;
  let candidates = perData.get(key);
  if (candidates === undefined) {
    candidates = builders[kind](context);
    perData.set(key, candidates);
  }
  return candidates;
}
