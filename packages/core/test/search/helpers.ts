import type { SearchHit, SearchResult } from '../../src/index';
import { fold } from '../../src/search/analysis/fold';

/** The highlighted words of a hit, as the reader sees them. */
export const highlighted = (hit: SearchHit) =>
  hit.highlights.map(([start, end]) => hit.snippet.slice(start, end));

export const foldedText = (hit: SearchHit) => fold(hit.text);

export const passageKeys = (result: SearchResult) =>
  result.hits.map((hit) => `${hit.articleId}#${hit.paragraphIndex}`);

/** Every hit of a result, however many there are (pages of 100). */
export function allHits(run: (offset: number) => SearchResult): SearchHit[] {
  const hits: SearchHit[] = [];
  for (let offset = 0; ; offset += 100) {
    const page = run(offset);
    hits.push(...page.hits);
    if (page.hits.length < 100) return hits;
  }
}
