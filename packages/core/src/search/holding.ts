import type { ArchiveInput, Citation } from '../schema/types';
import { type Corpus, citedPassage } from './corpus';
import type { RecordKind } from './types';

/** Per passage: 1 when it holds a record of the kind. Built on first use of `holding:` for that kind. */
export type HoldingMasks = (kind: RecordKind) => Uint8Array;

export function createHoldingMasks(data: ArchiveInput, corpus: Corpus): HoldingMasks {
  // Made when `holding:` is first used: the work below is then compiled and run, not at every start.
  let masks: HoldingMasks | undefined;
  return (kind) => {
    masks ??= holdingMasks(data, corpus);
    return masks(kind);
  };
}

function holdingMasks(data: ArchiveInput, corpus: Corpus): HoldingMasks {
  const articleIndex = new Map(corpus.articles.map((article, index) => [article.id, index]));
  const masks = new Map<RecordKind, Uint8Array>();

  const mark = (mask: Uint8Array, articleId: string, paragraph: number) => {
    const article = articleIndex.get(articleId);
    if (article === undefined || paragraph < 0) return;
    const start = corpus.passageStart[article] ?? 0;
    const end = corpus.passageStart[article + 1] ?? start;
    if (start + paragraph < end) mask[start + paragraph] = 1;
  };
  const markCitation = (mask: Uint8Array, citation: Citation) => {
    const passage = citedPassage(corpus, articleIndex, citation);
    if (passage >= 0) mask[passage] = 1;
  };

  const build: Record<RecordKind, (mask: Uint8Array) => void> = {
    person: (mask) => {
      for (const person of data.people ?? [])
        for (const mention of person.mentions)
          if (mention.field === 'paragraph') mark(mask, mention.articleId, mention.index);
    },
    case: (mask) => {
      for (const record of data.cases ?? [])
        for (const event of record.events) markCitation(mask, event.citation);
    },
    figure: (mask) => {
      for (const figure of data.figures ?? []) markCitation(mask, figure.citation);
    },
    quote: (mask) => {
      for (const quote of data.quotes ?? []) markCitation(mask, quote.citation);
    },
  };

  return (kind) => {
    let mask = masks.get(kind);
    if (mask === undefined) {
      mask = new Uint8Array(corpus.passageCount);
      build[kind](mask);
      masks.set(kind, mask);
    }
    return mask;
  };
}

export const RECORD_KINDS: readonly RecordKind[] = ['person', 'case', 'figure', 'quote'];

export const isRecordKind = (value: unknown): value is RecordKind =>
  typeof value === 'string' && (RECORD_KINDS as readonly string[]).includes(value);
