import { describe, expect, it } from 'vitest';
import { articles, search } from '../../src/index';
import { SNIPPET_LENGTH } from '../../src/search/snippet';

/* The snippet window always shows the most telling word the query matched: a number first, else the rarest. */
describe('snippet window', () => {
  const long = articles.flatMap((article) =>
    article.paragraphs
      .map((text, index) => ({ article: article.id, index, text }))
      .filter(({ text }) => text.length > SNIPPET_LENGTH * 1.5),
  );

  it('holds a number the query typed, even when it sits far from the other matched words', () => {
    let tried = 0;
    for (const passage of long) {
      const number = passage.text.match(/\b\d[\d,]*\b/)?.[0];
      const at = number ? passage.text.indexOf(number) : -1;
      // Three words near the end, far from the number: the window they pull towards would leave it out.
      const far = passage.text
        .slice(at + SNIPPET_LENGTH)
        .split(/\s+/)
        .filter((word) => /^[a-z]{7,}$/i.test(word))
        .slice(-3);
      if (!number || far.length < 3) continue;
      const [first, second, third] = far;
      const last = number;
      const hit = search(`${first} ${second} ${third} ${last}`, { limit: 100 }).hits.find(
        (candidate) => candidate.articleId === passage.article && candidate.paragraphIndex === passage.index,
      );
      expect(hit, `${first} ${last}`).toBeDefined();
      expect(hit?.snippet, `${first} ${last}`).toContain(last);
      tried++;
    }
    expect(tried).toBeGreaterThan(0);
  });

  it('keeps the snippet within its length and its highlights on words of the snippet', () => {
    for (const query of ['police officers killed 900', 'asylum denied judge', 'cartel threats']) {
      for (const hit of search(query, { limit: 50 }).hits) {
        expect(hit.snippet.length).toBeLessThanOrEqual(SNIPPET_LENGTH + 2);
        for (const [start, end] of hit.highlights)
          expect(hit.snippet.slice(start, end).trim().length).toBe(end - start);
      }
    }
  });
});
