import type { ArchiveInput, Citation, Figure } from '../schema/types';
import { groupDigits } from '../text/group-digits';
import { YEAR } from './analysis/numbers';
import { termOf, tokenize } from './analysis/tokenize';
import { type Corpus, citedPassage } from './corpus';
import type { EntityCatalog } from './entities';
import type { Concept } from './plan';
import { type Lookup, sortedEntries, sortedLookup } from './sorted-lookup';
import type { AnswerKind, SearchAnswer } from './types';

/*
 * Answers: the curated records (figures, people, cases, quotes) that answer a query outright, found by the
 * same concepts as passages (so synonyms, Spanish words and corrected typos work alike). Each record is a small
 * document whose fields weigh by how directly they say what the record is: a figure's `counts` and id words
 * more than its scope; a person's name and roles more than the description; and, as relations, the people a
 * person stands for (an attorney's client) at a lower weight, so "lawyer for the human rights activist" finds
 * the activist's attorney. A record answers when the query's words are mostly found in it and the query asks
 * for its kind ("how many", "who", "why", "said"...), or when it names the record outright in a few words.
 */

/** Field weights: what the record is, what else it says, who it is related to. */
const PRIMARY = 1;
const SECONDARY = 0.6;
const RELATION = 0.5;
/** Share of the query's information (IDF among records) a record must hold to answer it. */
const MIN_COVERAGE = 0.6;
/** A record of a kind the query does not ask for answers only when it holds nearly all of the query. */
const NAMED_COVERAGE = 0.9;
/** "the lawyer for …" asks for a lawyer: a person without the role the query names first weighs this much. */
const OTHER_ROLE_WEIGHT = 0.5;
const OTHER_KIND_WEIGHT = 0.6;
/** Answers shown: at most this many, each within this share of the best one's score. */
const MAX_ANSWERS = 3;
const RELATIVE_FLOOR = 0.6;

type AnswerDocument = {
  kind: AnswerKind;
  id: string;
  label: string;
  citation: Citation | null;
  /** The cited article's index, or -1. */
  article: number;
  /** Passages the record cites (a person: those that introduce them), best first. */
  passages: readonly number[];
  /** Index term → the weight of the best field that holds it. */
  terms: TermWeights;
  /** A person's roles as index terms ("attorney"); empty for other records. */
  roles: ReadonlySet<string>;
};

/** A record's index terms, each with the weight of the best field that holds it. */
type TermWeights = { get(term: string): number | undefined; has(term: string): boolean };

export type AnswerIndex = {
  documents: readonly AnswerDocument[];
  /** Index term → the documents that hold it, each with the weight of its best field that holds the term. */
  postings: { get(term: string): AnswerPosting | undefined };
  /** Every role a person holds, as index terms. */
  roles: ReadonlySet<string>;
  idf: (term: string) => number;
  rareIdf: number;
};

/** Words that ask for a kind of record; they say what is asked, not what it is about. */
const ASKS: ReadonlyMap<string, AnswerKind> = new Map([
  ...['many', 'much', 'number', 'numbers', 'cuantos', 'cuantas', 'cuanto', 'cuanta', 'numero'].map(
    (word) => [word, 'figure'] as const,
  ),
  ...['percent', 'percentage', 'porcentaje', 'statistic', 'statistics', 'estadistica', 'figure', 'cifra'].map(
    (word) => [word, 'figure'] as const,
  ),
  // Proportions ("most asylum requests fail", "few mexicans win") ask for the statistic that measures them.
  ...['most', 'majority', 'mayoria', 'few', 'rarely', 'often'].map((word) => [word, 'figure'] as const),
  // A name is a person's: "what's his name", "name?", "nombre del abogado"; "whose" asks who as "who" does.
  ...['who', 'whom', 'whose', 'quien', 'quienes', 'name', 'nombre'].map((word) => [word, 'person'] as const),
  ...['why', 'porque', 'outcome', 'result', 'happened', 'decided', 'paso'].map(
    (word) => [word, 'case'] as const,
  ),
  ...['said', 'say', 'says', 'saying', 'quote', 'quoted', 'dijo', 'dice', 'words'].map(
    (word) => [word, 'quote'] as const,
  ),
]);

/**
 * Nouns that only say "a count of people" ("how many people died", "cuántas personas"): when the query asks for
 * a figure they ask what is counted no more than "how many" does, so a figure of deaths is not out-ranked by one
 * whose unit happens to be "people".
 */
const COUNTED_PEOPLE: ReadonlySet<string> = new Set([
  'people',
  'persons',
  'personas',
  'gente',
  'individuals',
]);

const FIGURE_QUALIFIER: Readonly<Record<Figure['qualifier'], string>> = {
  exact: '',
  approximate: 'about ',
  nearly: 'nearly ',
  'more-than': 'more than ',
  'at-least': 'at least ',
  'less-than': 'less than ',
};

function termsOf(fields: ReadonlyArray<readonly [string, number]>): Map<string, number> {
  const terms = new Map<string, number>();
  for (const [text, weight] of fields) {
    for (const token of tokenize(text.replace(/-/g, ' '))) {
      if (token.term !== null && weight > (terms.get(token.term) ?? 0)) terms.set(token.term, weight);
    }
  }
  return terms;
}

/** The sentence of a passage that holds `name`, as a citation: where the reporting says who someone is. */
function sentenceNaming(corpus: Corpus, passage: number, names: readonly string[]): Citation | null {
  const article = corpus.articles[corpus.passageArticle[passage] ?? -1];
  const paragraph =
    article?.paragraphs[passage - (corpus.passageStart[corpus.passageArticle[passage] ?? 0] ?? 0)];
  if (!article || paragraph === undefined) return null;
  const sentences = paragraph.match(/[^.!?]+(?:[.!?]+[\u201d\u2019"]?|$)/g) ?? [paragraph];
  const sentence = sentences.find((text) => names.some((name) => text.includes(name))) ?? sentences[0];
  return sentence ? { articleId: article.id, excerpt: sentence.trim() } : null;
}

/** A record's words by field, with each field's weight, and a person's roles: what text analysis reads. */
type RecordText = { fields: ReadonlyArray<readonly [string, number]>; roles: readonly string[] };

/**
 * The text of every record that can answer, in document order (figures, people, cases, quotes, each in data
 * order). Plain string work: `analyseAnswers` tokenizes it at build time, so a start only compares its size.
 */
function recordTexts(data: ArchiveInput): RecordText[] {
  const people = new Map((data.people ?? []).map((person) => [person.id, person]));
  const texts: RecordText[] = [];
  for (const figure of data.figures ?? []) {
    texts.push({
      fields: [
        [figure.counts, PRIMARY],
        [figure.id, PRIMARY],
        [`${figure.unit} ${figure.value}`, PRIMARY],
        [`${figure.scope} ${figure.period ?? ''} ${figure.citation.excerpt}`, SECONDARY],
      ],
      roles: [],
    });
  }

  // Relations: an attorney stands for a claimant, and a claimant is represented by attorneys.
  const related = new Map<string, string[]>();
  const relate = (person: string, text: string) =>
    related.set(person, [...(related.get(person) ?? []), text]);
  for (const record of data.cases ?? []) {
    const claimant = record.claimant ? people.get(record.claimant) : undefined;
    const client = claimant
      ? `${claimant.name} ${claimant.aliases.join(' ')} ${claimant.roles.join(' ')} ${claimant.description}`
      : (record.claimantDescription ?? record.title);
    for (const attorney of record.attorneys) relate(attorney, client);
    if (claimant) {
      for (const attorney of record.attorneys) {
        const lawyer = people.get(attorney);
        if (lawyer) relate(claimant.id, `${lawyer.name} ${lawyer.aliases.join(' ')}`);
      }
    }
  }
  for (const person of data.people ?? []) {
    texts.push({
      fields: [
        [`${person.name} ${person.aliases.join(' ')} ${person.roles.join(' ')}`, PRIMARY],
        [
          `${person.description} ${person.statements.map((s) => `${s.attribute} ${s.value}`).join(' ')}`,
          SECONDARY,
        ],
        [(related.get(person.id) ?? []).join(' '), RELATION],
      ],
      roles: person.roles,
    });
  }

  for (const record of data.cases ?? []) {
    const claimant = record.claimant ? people.get(record.claimant) : undefined;
    texts.push({
      fields: [
        [
          `${record.title} ${claimant ? `${claimant.name} ${claimant.aliases.join(' ')}` : ''} ${record.outcome ?? ''}`,
          PRIMARY,
        ],
        [
          `${record.claimantDescription ?? ''} ${record.forum} ${record.forumDetail ?? ''} ${record.events.map((event) => event.description).join(' ')} ${record.attorneys.map((id) => people.get(id)?.name ?? '').join(' ')}`,
          SECONDARY,
        ],
      ],
      roles: [],
    });
  }

  for (const quote of data.quotes ?? []) {
    const speaker = quote.speaker ? people.get(quote.speaker) : undefined;
    texts.push({
      fields: [
        [`${quote.text} ${speaker ? `${speaker.name} ${speaker.aliases.join(' ')}` : ''}`, PRIMARY],
        [`${quote.speakerDescription ?? ''} ${quote.citation.excerpt}`, SECONDARY],
      ],
      roles: [],
    });
  }
  return texts;
}

/** The records that hold one index term, ascending, with the weight of the best field that holds it in each. */
export type AnswerPosting = { records: readonly number[]; weights: readonly number[] };

/** The records as index terms (per term, who holds it and how directly), and each record's roles. */
export type AnalysedAnswers = {
  postings: Lookup<AnswerPosting>;
  roles: ReadonlyArray<ReadonlySet<string>>;
};

/** Characters of text the answer records hold: a snapshot's analysis of them must have been made from as many. */
export function answerTextSize(data: ArchiveInput): number {
  let size = 0;
  for (const { fields, roles } of recordTexts(data)) {
    for (const [text] of fields) size += text.length + 1;
    for (const role of roles) size += role.length + 1;
  }
  return size;
}

/** The costly half of the answer index (tokenizing and stemming every record), done once at build time. */
export function analyseAnswers(data: ArchiveInput): AnalysedAnswers {
  const postings = new Map<string, { records: number[]; weights: number[] }>();
  const roles = recordTexts(data).map(({ fields, roles }, record) => {
    for (const [term, weight] of termsOf(fields)) {
      const posting = postings.get(term);
      if (posting) {
        posting.records.push(record);
        posting.weights.push(weight);
      } else postings.set(term, { records: [record], weights: [weight] });
    }
    return new Set(roles.map(termOf).filter((term): term is string => term !== null));
  });
  return { postings, roles };
}

/**
 * The analysed records as JSON: every term (sorted by code units) with its records and weights written as text
 * ("3:1 7:0.6"), read in place and decoded when a search first looks the term up; and each record's roles.
 */
export type AnalysedAnswersData = { terms: string[]; postings: string[]; roles: string[] };

export function analysedAnswersToData(analysed: AnalysedAnswers): AnalysedAnswersData {
  const entries = sortedEntries(analysed.postings);
  return {
    terms: entries.map(([term]) => term),
    postings: entries.map(([, { records, weights }]) =>
      records.map((record, at) => `${record}:${weights[at]}`).join(' '),
    ),
    roles: analysed.roles.map((roles) => [...roles].join(' ')),
  };
}

export function analysedAnswersFromData(data: AnalysedAnswersData): AnalysedAnswers {
  const decode = (at: number): AnswerPosting => {
    const records: number[] = [];
    const weights: number[] = [];
    for (const pair of (data.postings[at] as string).split(' ')) {
      const colon = pair.indexOf(':');
      records.push(Number(pair.slice(0, colon)));
      weights.push(Number(pair.slice(colon + 1)));
    }
    return { records, weights };
  };
  return {
    postings: sortedLookup(data.terms, decode),
    roles: data.roles.map((roles) => new Set(roles.length > 0 ? roles.split(' ') : [])),
  };
}

/** A record's terms, read from the postings: records hold a few dozen terms, and most are never asked about. */
function termWeightsOf(postings: Lookup<AnswerPosting>, record: number): TermWeights {
  const get = (term: string) => {
    const posting = postings.get(term);
    const at = posting ? posting.records.indexOf(record) : -1;
    return at < 0 ? undefined : posting?.weights[at];
  };
  return { get, has: (term) => get(term) !== undefined };
}

/**
 * The answer index: each record's label, citation and passages (cheap, made at start) beside its analysed
 * text (from the snapshot, or analysed here for an archive without one).
 */
export function createAnswerIndex(
  data: ArchiveInput,
  corpus: Corpus,
  catalog: EntityCatalog,
  analysed: AnalysedAnswers = analyseAnswers(data),
): AnswerIndex {
  const articleIndex = new Map(corpus.articles.map((article, index) => [article.id, index]));
  const people = new Map((data.people ?? []).map((person) => [person.id, person]));
  const introductions = new Map(
    catalog.entities
      .filter((entity) => entity.kind === 'person')
      .map((entity) => [entity.id, entity.introductions]),
  );
  const documents: AnswerDocument[] = [];
  const add = (document: Omit<AnswerDocument, 'article' | 'terms' | 'roles'>) => {
    const record = documents.length;
    // Written out, not spread: a spread copies through a slow path in code that runs once per start.
    const { kind, id, label, citation, passages } = document;
    documents.push({
      kind,
      id,
      label,
      citation,
      article: articleIndex.get(citation?.articleId ?? '') ?? -1,
      passages,
      terms: termWeightsOf(analysed.postings, record),
      roles: analysed.roles[record] ?? new Set(),
    });
  };
  const cited = (citation: Citation | null) => {
    const passage = citation ? citedPassage(corpus, articleIndex, citation) : -1;
    return passage >= 0 ? [passage] : [];
  };

  for (const figure of data.figures ?? []) {
    const value = figure.unit === 'percent' ? `${figure.value}%` : groupDigits(figure.value);
    add({
      kind: 'figure',
      id: figure.id,
      label: `${FIGURE_QUALIFIER[figure.qualifier]}${value} ${figure.unit === 'percent' ? '' : `${figure.unit} `}— ${figure.counts}`,
      citation: figure.citation,
      passages: cited(figure.citation),
    });
  }
  for (const person of data.people ?? []) {
    const passages = [...(introductions.get(person.id) ?? [])];
    const citation =
      person.statements[0]?.citation ??
      (passages[0] === undefined
        ? null
        : sentenceNaming(corpus, passages[0], [person.name, ...person.aliases]));
    add({
      kind: 'person',
      id: person.id,
      label: `${person.name} — ${person.roles.join(', ')}`,
      citation,
      passages,
    });
  }
  for (const record of data.cases ?? []) {
    const decisive =
      [...record.events].reverse().find((event) => event.outcome !== null) ?? record.events.at(-1);
    const citation = decisive?.citation ?? null;
    add({
      kind: 'case',
      id: record.id,
      label: `${record.title} — ${record.outcome ?? 'no outcome reported'}`,
      citation,
      passages: [
        ...new Set([...cited(citation), ...record.events.flatMap((event) => cited(event.citation))]),
      ],
    });
  }
  for (const quote of data.quotes ?? []) {
    const speaker = quote.speaker ? people.get(quote.speaker) : undefined;
    add({
      kind: 'quote',
      id: quote.id,
      label: `${speaker?.name ?? quote.speakerDescription ?? 'unattributed'}: “${quote.text}”`,
      citation: quote.citation,
      passages: cited(quote.citation),
    });
  }

  const roles = new Set(documents.flatMap((document) => [...document.roles]));
  const postings = analysed.postings;
  const count = documents.length;
  const idf = (term: string) => {
    const df = postings.get(term)?.records.length ?? 0;
    return df === 0 ? 0 : Math.log(1 + (count - df + 0.5) / (df + 0.5));
  };
  return { documents, postings, roles, idf, rareIdf: Math.log(1 + (count - 0.5) / 1.5) };
}

/**
 * The kinds of record the query's words ask for ("how many" → figure, "who" → person...), and whether a "who" asks
 * who someone is ("who…", "and who…", "…, who was he") rather than describes someone the query is about, right
 * after a word of content ("a dad with little children who ran from juarez", "the cop who ran to texas"): a
 * described person answers the query, but the passage introducing them is not its answer.
 */
function askedKinds(text: string): [Set<AnswerKind>, boolean] {
  const kinds = new Set<AnswerKind>();
  let asksWho = false;
  const tokens = tokenize(text);
  const words = tokens.map((token) => token.folded);
  words.forEach((word, at) => {
    const kind = ASKS.get(word);
    // "qué pasó" asks what happened; "El Paso" is a city.
    if (kind && (word !== 'paso' || words[at - 1] === 'que')) kinds.add(kind);
    const before = tokens[at - 1];
    if (
      kind === 'person' &&
      (!before?.term || /[^\s'"\u2019]/.test(text.slice(before.end, tokens[at]?.start)))
    )
      asksWho = true;
    if (word === 'por' && words[at + 1] === 'que') kinds.add('case');
    if (/^\d/.test(word) && !YEAR.test(word)) kinds.add('figure');
  });
  return [kinds, asksWho];
}

/** An answer with what ranking needs: the passages it cites, and whether the query asked for its kind. */
export type MatchedAnswer = SearchAnswer & { passages: readonly number[]; asked: boolean };

/**
 * The records that answer a query, best first. `allowed` (per article, from the filters) drops records whose
 * citation lies in an article the filters leave out; `naming` lists, per person or place the query names, the
 * index terms it is named by (see the engine's `namingTerms`): an answering record holds one of each. `about`:
 * the people a query asks about rather than for (see the engine's `askedAbout`), who do not answer it.
 */
export function matchAnswers(
  index: AnswerIndex,
  text: string,
  concepts: readonly Concept[],
  allowed: Uint8Array | null,
  only: ReadonlySet<AnswerKind> | null = null,
  naming: ReadonlyArray<readonly string[]> = [],
  about: ReadonlySet<string> = new Set(),
): MatchedAnswer[] {
  if (concepts.length === 0 || index.documents.length === 0) return [];
  // Kinds the caller asks for are asked for, whatever the words; the others cannot answer.
  const [asked, asksWho] = only ? [only, true] : askedKinds(text);
  const scores = new Float64Array(index.documents.length);
  const covered = new Float64Array(index.documents.length);
  /** Coverage by the record's own names and roles (its primary field) only. */
  const named = new Float64Array(index.documents.length);
  /** Coverage of the query's role and name words only (see `asksForRole` below). */
  const anchored = new Float64Array(index.documents.length);
  let anchorTotal = 0;
  const namingTerms = new Set(naming.flat());
  let total = 0;
  /** The first role the query names ("the lawyer for the activist" → attorney): the role it asks for. */
  let headRole: string | undefined;
  const asksFigure = asked.has('figure');
  for (const concept of concepts) {
    if (ASKS.has(concept.word) || (asksFigure && COUNTED_PEOPLE.has(concept.word))) continue;
    const own = termOf(concept.word);
    // A word nothing in the archive holds (no passage, synonym, correction or record: "gente", a year it never
    // names) says nothing for or against any record, as it says nothing for or against a passage.
    if (concept.alternatives.length === 0 && (own === null || index.idf(own) === 0)) continue;
    const alternatives =
      own === null ? concept.alternatives : [...concept.alternatives, { term: own, weight: 1 }];
    const conceptRole = alternatives.find(({ term }) => index.roles.has(term))?.term;
    headRole ??= conceptRole;
    const anchors = conceptRole !== undefined || alternatives.some(({ term }) => namingTerms.has(term));
    const best = new Map<number, number>();
    const byName = new Set<number>();
    let conceptIdf = 0;
    for (const { term, weight } of alternatives) {
      const termIdf = index.idf(term);
      conceptIdf = Math.max(conceptIdf, termIdf * weight);
      // The field's weight is read beside the record in the posting: asking the record for it would look the
      // term up again for each record (a first search's hottest loop, hot enough to be optimised).
      const posting = index.postings.get(term);
      const records = posting?.records ?? [];
      for (let at = 0; at < records.length; at++) {
        const document = records[at] as number;
        const field = posting?.weights[at] ?? 0;
        if (field === PRIMARY) byName.add(document);
        const value = weight * termIdf * field;
        if (value > (best.get(document) ?? 0)) best.set(document, value);
      }
    }
    // A word no record holds still counts against coverage, at the weight of a word only one record holds.
    total += conceptIdf > 0 ? conceptIdf : index.rareIdf;
    if (anchors) anchorTotal += conceptIdf;
    // Coverage asks whether the record holds the word at all (by any of its names); the score, how directly.
    for (const [document, value] of best) {
      scores[document] = (scores[document] as number) + value;
      covered[document] = (covered[document] as number) + conceptIdf;
      if (byName.has(document)) named[document] = (named[document] as number) + conceptIdf;
      if (anchors) anchored[document] = (anchored[document] as number) + conceptIdf;
    }
  }
  if (total === 0) return [];
  // A role beside a person who does not hold it asks for the one who does: "abogado de de la rosa", "which el
  // paso lawyer helped de la rosa" ask for his attorney, as "who" would.
  const role = headRole;
  const asksForRole =
    only === null &&
    role !== undefined &&
    index.documents.some(({ kind, id, roles }) => kind === 'person' && about.has(id) && !roles.has(role));
  const matched: Array<{ document: AnswerDocument; score: number; isAsked: boolean }> = [];
  index.documents.forEach((document, at) => {
    if (only !== null && !only.has(document.kind)) return;
    const coverage = (covered[at] as number) / total;
    // The record holds every role and name word the query gives (what the two readings below rest on).
    const holdsEveryAnchor = anchorTotal > 0 && (anchored[at] as number) >= anchorTotal * (1 - 1e-9);
    // Asked for by a role beside a person ("which attorney took duran's case to the appeals court"), a person
    // who holds every role and name word the query gives answers it, whatever else the query says of the case.
    const byRole =
      asksForRole &&
      document.kind === 'person' &&
      role !== undefined &&
      document.roles.has(role) &&
      holdsEveryAnchor;
    // Asked what a person said ("what did alarcon say would happen if he gets sent back"), a quote that holds every
    // name the query gives and one of its other words answers, however much else the question says; a place alone
    // names no speaker ("judges never say yes to people from mexico").
    const bySpeaker =
      document.kind === 'quote' &&
      asked.has('quote') &&
      about.size > 0 &&
      holdsEveryAnchor &&
      coverage > anchorTotal / total + 1e-9;
    if (coverage < MIN_COVERAGE && !byRole && !bySpeaker) return;
    // "why did alarcon leave mexico" is not answered by another officer's case, however many words it shares:
    // a record must hold, for each person or place the query names, a word it is named by.
    if (!naming.every((name) => name.some((term) => document.terms.has(term)))) return;
    // "who defended de la rosa" asks for his lawyer, not for him (`about`: the people it asks about).
    if (document.kind === 'person' && about.has(document.id)) return;
    const isAsked = asked.has(document.kind) || (asksForRole && document.kind === 'person');
    // A query of a name or two and nothing else ("alarcon", "carlos spector") asks who that is.
    const byItsName =
      document.kind === 'person' && asked.size === 0 && (named[at] as number) / total >= NAMED_COVERAGE;
    if (!isAsked && !byItsName) return;
    if (allowed && document.article >= 0 && !allowed[document.article]) return;
    const roleWeight =
      document.kind === 'person' && headRole !== undefined && !document.roles.has(headRole)
        ? OTHER_ROLE_WEIGHT
        : 1;
    const score =
      (scores[at] as number) * Math.sqrt(coverage) * (isAsked ? 1 : OTHER_KIND_WEIGHT) * roleWeight;
    matched.push({ document, score, isAsked });
  });
  matched.sort((a, b) => b.score - a.score);
  const floor = (matched[0]?.score ?? 0) * RELATIVE_FLOOR;
  return matched
    .filter(({ score }) => score >= floor)
    .slice(0, MAX_ANSWERS)
    .map(({ document, score, isAsked }) => ({
      kind: document.kind,
      id: document.id,
      label: document.label,
      excerpt: document.citation?.excerpt ?? '',
      articleId: document.citation?.articleId ?? null,
      score: Math.round(score * 1e4) / 1e4,
      passages: document.passages,
      asked: isAsked && (asksWho || asksForRole || document.kind !== 'person'),
    }));
}
