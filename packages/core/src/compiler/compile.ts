import { paragraphHolding } from '../data/cited-paragraph';
import { DatasetSchema } from '../schema/dataset';
import { precisionOf } from '../schema/primitives';
import type { Article, Case, Citation, Dataset, DateStatement, Mention } from '../schema/types';
import { draftUses, type EntityKind, namedEntities, withoutEntities } from './entities';
import type { DataIssue } from './issue';
import { locateMentions } from './locate-mentions';
import { parseSources, type SourceData, type SourceFile } from './parse-sources';
import { checkCitationsVerbatim } from './rules/citations-verbatim';
import { checkDatesAndAddresses } from './rules/dates-and-addresses';
import { checkEntitiesMentioned } from './rules/entities-mentioned';
import { checkFileNameMatchesId } from './rules/file-name-matches-id';
import { checkRecordConsistency } from './rules/record-consistency';
import { checkReferencesResolve } from './rules/references-resolve';
import { checkUniqueIds } from './rules/unique-ids';
import type { SourceCitation } from './source-schema';

export type CompileResult =
  | { ok: true; dataset: Dataset; stats: CompileStats }
  | { ok: false; issues: DataIssue[] };

export type CompileStats = {
  citationsVerified: number;
  mentionsLocated: number;
  /** Drafts awaiting review (data/drafts/, or marked `draft: true`), left out of the dataset. */
  drafts: DraftSummary[];
  waiting: WaitingRecord[];
};

export type DraftSummary = { file: string; id: string; title: string | null };

/** A person, organization or place that only drafts use so far, left out until one is published. */
export type WaitingRecord = { kind: EntityKind; id: string; file: string; drafts: string[] };

/** Paragraphs by article id: where `cite` locates each excerpt, once, for every reader of the dataset. */
type ParagraphsById = ReadonlyMap<string, readonly string[]>;

/** A citation as the dataset carries it: with the index of the paragraph that holds its excerpt. */
function cite(citation: SourceCitation, paragraphsById: ParagraphsById): Citation {
  const paragraph = paragraphHolding(paragraphsById.get(citation.article) ?? [], citation.excerpt);
  // The rules have checked every excerpt verbatim before the dataset is built: -1 cannot reach the output.
  return { articleId: citation.article, excerpt: citation.excerpt, ...(paragraph >= 0 ? { paragraph } : {}) };
}

const dateStatement = (value: string | null, basis: string | null): DateStatement => ({
  value,
  precision: precisionOf(value),
  basis: basis ?? 'unknown: the reporting gives no date',
});

function buildArticles(data: SourceData): Article[] {
  return data.articles.map(({ frontmatter: fm, paragraphs }) => ({
    id: fm.id,
    seed: fm.seed,
    title: fm.title,
    titleSource: fm.titleSource,
    dek: fm.dek,
    genre: fm.genre,
    outlet: fm.outlet,
    via: fm.via,
    authors: fm.authors,
    published: dateStatement(fm.published.date, fm.published.basis),
    url: fm.url,
    urlBasis: fm.urlBasis,
    language: fm.language,
    rights: fm.rights,
    truncated: fm.truncated,
    topics: fm.topics,
    summary: { text: fm.summary, editorial: true },
    captions: fm.captions,
    paragraphs,
  }));
}

function buildCases(data: SourceData, paragraphsById: ParagraphsById): Case[] {
  return data.cases.map(({ record }) => {
    const events = record.events.map((event) => ({
      date: dateStatement(event.date, event.dateBasis),
      description: event.description,
      outcome: event.outcome,
      citation: cite(event.citation, paragraphsById),
    }));
    const decided = events.filter((event) => event.outcome !== null);
    return {
      ...record,
      events,
      outcome: decided.at(-1)?.outcome ?? null,
      articleIds: [...new Set(events.map((event) => event.citation.articleId))],
    };
  });
}

/**
 * Source files in, a validated dataset out — or every problem found, each naming the file, the field and
 * the fix. Pure: the caller reads and writes files.
 */
export function compileDataset(files: readonly SourceFile[]): CompileResult {
  const parsed = parseSources(files);
  const { unparsed } = parsed;

  const articles = buildArticles(parsed.data);
  const entityKey = (kind: EntityKind, id: string) => `${kind}:${id}`;
  const allNamed = namedEntities(parsed.data);
  const located = locateMentions(
    articles,
    allNamed.map(({ kind, record }) => ({
      key: entityKey(kind, record.id),
      names: [record.name, ...record.aliases],
    })),
  );
  // Bylines and outlets are mentions too: an author named only in a bio still wrote the article.
  const addUse = (key: string, articleId: string, field: 'byline' | 'outlet') => {
    located.get(key)?.push({ articleId, field, index: 0, start: 0, end: 0 });
  };
  for (const article of articles) {
    for (const id of article.authors) addUse(entityKey('person', id), article.id, 'byline');
    for (const id of [article.outlet, article.via])
      if (id) addUse(entityKey('organization', id), article.id, 'outlet');
  }
  const mentionsOf = (kind: EntityKind, id: string): Mention[] => located.get(entityKey(kind, id)) ?? [];

  // A record added for an article still in review (its outlet, a person it names) waits with the draft:
  // left out of the dataset, like the draft, instead of failing the "mentioned in some article" rule.
  const usedByDrafts = draftUses(parsed.data.drafts, allNamed);
  const waiting = allNamed.filter(
    ({ kind, record }) =>
      mentionsOf(kind, record.id).length === 0 && usedByDrafts.has(entityKey(kind, record.id)),
  );
  const waitingKeys = new Set(waiting.map(({ kind, record }) => entityKey(kind, record.id)));
  const data = withoutEntities(parsed.data, (kind, id) => waitingKeys.has(entityKey(kind, id)));
  const named = namedEntities(data);

  // The rules run on the records that parsed, even when others failed their schema, so that a maintainer
  // sees every problem at once. A rule is left out only where a failed record could make it wrong: an
  // entity named only in an article that failed would look unmentioned.
  const articlesFailed = unparsed.ids.has('articles') || unparsed.unnamed.has('articles');
  const citations = checkCitationsVerbatim(data);
  const ruleIssues = [
    ...checkFileNameMatchesId(data),
    ...checkUniqueIds(data),
    ...checkReferencesResolve(data, unparsed),
    ...citations.issues,
    ...checkRecordConsistency(data),
    ...checkDatesAndAddresses(data),
    ...(articlesFailed
      ? []
      : checkEntitiesMentioned(
          named.map((entity) => ({ ...entity, mentions: mentionsOf(entity.kind, entity.record.id) })),
        )),
  ];
  const issues = [...parsed.issues, ...ruleIssues.map(parsed.locate)];
  if (issues.length > 0) return { ok: false, issues };

  const paragraphsById: ParagraphsById = new Map(articles.map((article) => [article.id, article.paragraphs]));
  const candidate: Dataset = {
    articles,
    people: data.people.map(({ record }) => ({
      ...record,
      statements: record.statements.map((s) => ({ ...s, citation: cite(s.citation, paragraphsById) })),
      mentions: mentionsOf('person', record.id),
    })),
    organizations: data.organizations.map(({ record }) => ({
      ...record,
      mentions: mentionsOf('organization', record.id),
    })),
    places: data.places.map(({ record }) => ({ ...record, mentions: mentionsOf('place', record.id) })),
    cases: buildCases(data, paragraphsById),
    figures: data.figures.map(({ record }) => ({
      ...record,
      citation: cite(record.citation, paragraphsById),
    })),
    quotes: data.quotes.map(({ record }) => ({ ...record, citation: cite(record.citation, paragraphsById) })),
    lexicon: data.lexicon,
  };

  // Validate the output too: the published shape is checked, not just the hand-written one.
  const output = DatasetSchema.safeParse(candidate);
  if (!output.success) {
    return {
      ok: false,
      issues: output.error.issues.map((issue) => ({
        file: '(compiled dataset)',
        path: issue.path.map((key) => (typeof key === 'symbol' ? String(key) : key)),
        message: issue.message,
        tip: 'this is a compiler defect or a schema mismatch; report it with the data change that caused it',
      })),
    };
  }
  const mentionsLocated = [...located.values()].reduce((sum, list) => sum + list.length, 0);
  return {
    ok: true,
    dataset: output.data,
    stats: {
      citationsVerified: citations.verified,
      mentionsLocated,
      drafts: data.drafts.map(({ file, frontmatter }) => ({
        file,
        id: frontmatter.id,
        title: frontmatter.title,
      })),
      waiting: waiting.map(({ kind, file, record }) => ({
        kind,
        id: record.id,
        file,
        drafts: usedByDrafts.get(entityKey(kind, record.id)) ?? [],
      })),
    },
  };
}
