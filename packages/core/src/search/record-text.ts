import type { ArchiveInput, Citation } from '../schema/types';
import { type Corpus, citedPassage } from './corpus';
import { monthName } from './when-question';

/**
 * What the curated records say about the passages they cite, in the curators' words: a person's statement (its
 * attribute and value: "age 27", "rank Capt.", "family his wife and two young children"), what a figure counts
 * ("asylum grants to Mexicans in U.S. immigration courts"), and the year and month of a case event (a passage
 * that says "last week" or "Wednesday" of a ruling the curators dated). Members ask for these by the attribute
 * ("his age", "what rank") or the date more than the reporting names them, so each cited passage is indexed under
 * them too, in a field of its own that scoring weighs below the passage's own words (scoring.ts). Case events'
 * descriptions, quotes' speaker descriptions, people's roles and descriptions were tried the same way and left
 * out: they repeat the story's common words (asylum, denied, judge, officer) and lowered unread sets; events'
 * outcomes moved nothing (eval/BASELINE.md, thirteenth session).
 */
export function passageRecordTexts(data: ArchiveInput, corpus: Corpus): Map<number, string> {
  const articleIndex = new Map(corpus.articles.map((article, index) => [article.id, index]));
  const texts = new Map<number, string>();
  const add = (citation: Citation, text: string) => {
    const passage = citedPassage(corpus, articleIndex, citation);
    if (passage < 0) return;
    const before = texts.get(passage);
    texts.set(passage, before === undefined ? text : `${before}\n${text}`);
  };
  for (const person of data.people ?? [])
    for (const statement of person.statements)
      add(statement.citation, `${statement.attribute} ${statement.value}`);
  for (const figure of data.figures ?? []) add(figure.citation, figure.counts);
  for (const record of data.cases ?? [])
    for (const { date, citation } of record.events) {
      if (date.value === null) continue;
      const [year = '', month] = date.value.split('-');
      add(citation, `${year} ${month === undefined ? '' : (monthName(Number(month)) ?? '')}`);
    }
  return texts;
}
