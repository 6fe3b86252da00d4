import type { SearchFacets, SearchHit, SearchResult } from '@asylum-archive/core';
import { type Article, articles, getOrganization, getPerson } from '@asylum-archive/core';
import { describe, expect, it } from 'vitest';
import { formatResult } from '../src/index';

// Hand-made results over real shipped articles: the shapes core's search returns, built from its data.
const noFacets: SearchFacets = {
  outlet: [],
  author: [],
  year: [],
  person: [],
  place: [],
  outcome: [],
  country: [],
  topic: [],
};

/** A hit on paragraph `index` of `article` with each of `words` highlighted where it first occurs. */
function hitOn(article: Article, index: number, words: string[]): SearchHit {
  const text = article.paragraphs[index] ?? '';
  const highlights = words.map((word): [number, number] => {
    const start = text.indexOf(word);
    if (start < 0) throw new Error(`"${word}" is not in paragraph ${index} of ${article.id}`);
    return [start, start + word.length];
  });
  return { articleId: article.id, paragraphIndex: index, text, snippet: text, highlights, score: 1 };
}

const result = (hits: SearchHit[], extra: Partial<SearchResult> = {}): SearchResult => ({
  answers: [],
  hits,
  totalHits: hits.length,
  totalPassages: hits.length,
  totalArticles: new Set(hits.map((hit) => hit.articleId)).size,
  facets: noFacets,
  ...extra,
});

const dated = articles.find((a) => a.published.value !== null);
if (!dated) throw new Error('the shipped data should hold a dated article');
const outletName = (article: Article) => getOrganization(article.outlet)?.name ?? '';
const firstWord = (article: Article, index: number) => (article.paragraphs[index] ?? '').split(' ')[0] ?? '';

describe('formatResult: text', () => {
  const hit = hitOn(dated, 1, [firstWord(dated, 1)]);
  const out = formatResult(result([hit]), 'text');

  it('shows the title, the outlet and date, the snippet with *matches*, and a citation', () => {
    const lines = out.split('\n');
    expect(lines[0]).toBe('Results 1–1 of 1');
    expect(lines[2]).toBe(`1. ${dated.title}`);
    expect(lines[3]).toBe(`   ${outletName(dated)} · ${dated.published.value}`);
    const word = firstWord(dated, 1);
    expect(lines[4]).toBe(`   *${word}*${hit.snippet.slice(word.length)}`);
    expect(lines[5]).toMatch(/^ {3}Cite: /);
    expect(lines[5]).toContain(`${outletName(dated)}`);
    expect(lines[5]).toContain(', paragraph 2');
  });

  it('names the article by id when it has no URL, and the authors when it has them', () => {
    const withAuthor = articles.find((a) => a.authors.length > 0) ?? dated;
    const text = formatResult(result([hitOn(withAuthor, 0, [])]), 'text');
    const cite = text.split('\n').find((line) => line.includes('Cite:')) ?? '';
    if (withAuthor.url === null) expect(cite).toContain(`(archive id ${withAuthor.id})`);
    else expect(cite).toContain(withAuthor.url);
    for (const id of withAuthor.authors) expect(cite).toContain(getPerson(id)?.name ?? id);
  });

  it('says "date unknown" rather than guessing a date the page does not give', () => {
    // Whatever the shipped data holds: every undated article, and an article the archive does not know.
    for (const undated of articles.filter((a) => a.published.value === null)) {
      expect(formatResult(result([hitOn(undated, 0, [])]), 'text')).toContain(
        `${outletName(undated)} · date unknown`,
      );
    }
    const unknown = { ...dated, id: 'an-article-the-shipped-archive-does-not-hold' };
    expect(formatResult(result([hitOn(unknown, 0, [])]), 'text')).toContain('unknown outlet · date unknown');
  });

  it('marks an editorial title with square brackets in the citation', () => {
    const editorial = articles.find((a) => a.titleSource === 'editorial');
    if (!editorial) throw new Error('the shipped data should hold an editorial title');
    expect(formatResult(result([hitOn(editorial, 0, [])]), 'text')).toContain(`[${editorial.title}]`);
  });

  it('numbers hits from the offset they were fetched at', () => {
    const text = formatResult(result([hit], { totalHits: 12 }), 'text', { offset: 10 });
    expect(text.split('\n')[0]).toBe('Results 11–11 of 12');
    expect(text).toContain(`11. ${dated.title}`);
  });

  it('merges overlapping, unsorted and out-of-range highlights into one emphasis each', () => {
    const snippet = 'officer denied asylum';
    const text = formatResult(
      result([
        {
          ...hit,
          snippet,
          highlights: [
            [15, 99],
            [8, 12],
            [10, 14],
            [-3, 2],
          ],
        },
      ]),
      'text',
    );
    expect(text).toContain('   *of*ficer *denied* *asylum*\n');
  });

  it('gives the reason and did-you-mean spellings when nothing matched', () => {
    const text = formatResult(
      result([], { reason: 'no passage contains "alarkon".', didYouMean: ['alarcon'] }),
      'text',
    );
    expect(text).toBe('No results: no passage contains "alarkon".\nDid you mean: alarcon?');
  });

  it('says how many results there are when the page is past the end', () => {
    expect(formatResult(result([], { totalHits: 3 }), 'text', { offset: 10 })).toBe(
      'No results from 11 on: there are 3 in all.',
    );
  });

  it('names an article the shipped archive does not know by its id instead of failing', () => {
    const foreign: SearchHit = { ...hit, articleId: 'not-in-the-archive' };
    const text = formatResult(result([foreign]), 'text');
    expect(text).toContain('1. not-in-the-archive');
    expect(text).toContain('unknown outlet · date unknown');
  });

  it('shows the records that answer the query before the passages, each with the words it cites', () => {
    const answer = {
      kind: 'figure',
      id: 'a-figure',
      label: 'about 10 things — what the figure counts',
      excerpt: 'the cited words',
      articleId: dated.id,
      score: 1,
    } as const;
    const shown = formatResult(result([hit], { answers: [answer] }), 'text');
    const at = shown.indexOf(answer.label);
    expect(at).toBeGreaterThan(0);
    expect(shown.indexOf(answer.excerpt)).toBeGreaterThan(at);
    expect(shown.indexOf(dated.title)).toBeGreaterThan(shown.indexOf(answer.excerpt));
  });

  it('drops control characters that could drive a terminal', () => {
    const text = formatResult(result([{ ...hit, snippet: 'a\u001b[31mb\u0007c', highlights: [] }]), 'text');
    expect(text).toContain('   a[31mbc\n');
  });
});

describe('formatResult: markdown', () => {
  it('bolds the title and matches and escapes Markdown in the text', () => {
    const hit = hitOn(dated, 1, [firstWord(dated, 1)]);
    const word = firstWord(dated, 1);
    const out = formatResult(
      result([{ ...hit, snippet: `${word} *not bold* _x_`, highlights: [[0, word.length]] }]),
      'markdown',
    );
    const block = out.split('\n\n')[1] ?? '';
    const [head, snippet, cite] = block.split('\n');
    const title = dated.url ? `**[${dated.title}](` : `**${dated.title}**`;
    expect(head?.startsWith(`**1.** ${title}`)).toBe(true);
    expect(snippet).toBe(`> **${word}** \\*not bold\\* \\_x\\_`);
    expect(cite).toMatch(/^> _Cite: .+_$/);
  });
});

describe('formatResult: ansi', () => {
  it('colours matches bold yellow and the title bold, resetting each', () => {
    const word = firstWord(dated, 1);
    const out = formatResult(result([hitOn(dated, 1, [word])]), 'ansi');
    expect(out).toContain(`\u001b[1m${dated.title}\u001b[22m`);
    expect(out).toContain(`\u001b[1;33m${word}\u001b[22;39m`);
    expect(out).toContain('\u001b[2mCite: ');
  });
});

describe('formatResult: json', () => {
  it('keeps every field of the result and adds where each hit comes from', () => {
    const hit = hitOn(dated, 1, [firstWord(dated, 1)]);
    const original = result([hit], { totalHits: 7 });
    const parsed = JSON.parse(formatResult(original, 'json'));
    expect(parsed.totalHits).toBe(7);
    expect(parsed.facets).toEqual(noFacets);
    expect(parsed.hits[0]).toMatchObject({
      ...hit,
      highlights: hit.highlights.map((range) => [...range]),
      title: dated.title,
      outlet: outletName(dated),
      date: dated.published.value,
      url: dated.url,
    });
    expect(parsed.hits[0].citation).toContain('paragraph 2');
  });
});
