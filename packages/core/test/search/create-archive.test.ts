import { describe, expect, it } from 'vitest';
import { customArticle } from '../../../../tooling/testing/custom-archive.ts';
import { loadJudgments } from '../../eval/evaluate';
import { ArchiveDataError, createArchive, search, shippedDataset } from '../../src/index';
import { createEngine, loadEngine } from '../../src/search/engine';

// The made-up articles the query library's and the bot's tests use too.
const article = customArticle;

describe('createArchive on a dataset of articles only', async () => {
  const archive = await createArchive({
    articles: [
      article('first', ['The gendarmes guarded the harbour.', 'Nothing else happened here.']),
      article('second', ['A refugee crossed the mountains in winter.'], {
        outlet: 'other-news',
        published: { value: null, precision: null, basis: 'unknown' },
      }),
    ],
  });

  it('searches, stems and snippets like the shipped engine', () => {
    const result = archive.search('guarding harbours');
    expect(result.totalHits).toBe(1);
    expect(result.hits[0]).toMatchObject({ articleId: 'first', paragraphIndex: 0 });
    expect(result.hits[0]?.highlights.map(([s, e]) => result.hits[0]?.snippet.slice(s, e))).toEqual([
      'guarded',
      'harbour',
    ]);
  });

  it('filters and counts facets from what the articles carry', () => {
    expect(archive.search({ text: 'refugee', filters: { outlet: ['other news'] } }).totalHits).toBe(1);
    expect(archive.search({ text: 'refugee', filters: { outlet: ['harbour gazette'] } }).totalHits).toBe(0);
    expect(archive.search('harbour').facets.year).toEqual([{ value: '2021', label: '2021', count: 1 }]);
  });

  it('suggests its article titles', () => {
    expect(archive.suggest('report sec')).toEqual([
      { kind: 'article', id: 'second', label: 'Report second' },
    ]);
  });

  it('uses the lexicon of the data it is given, added to the shipped lexicon', async () => {
    const withLexicon = await createArchive({
      articles: [article('only', ['Officers patrolled the harbour.'])],
      lexicon: { synonyms: [['harbour', 'muelle']] },
    });
    expect(withLexicon.search('muelle').totalHits).toBe(1);
    expect(withLexicon.lexicon.synonyms.at(-1)).toEqual(['harbour', 'muelle']);
  });

  it('searches with the shipped lexicon, so its Spanish↔English synonyms work on any data', async () => {
    const [group] = shippedDataset.lexicon.synonyms.filter((words) => words.length >= 2);
    if (!group) throw new Error('expected the shipped lexicon to hold a synonym group');
    const [written, asked] = group as [string, string];
    const custom = await createArchive({ articles: [article('only', [`A story about ${written} today.`])] });
    expect(custom.search(asked).totalHits).toBe(1);
  });

  it('carries its records and finds each by id, and nothing for Object.prototype names', async () => {
    expect(archive.articles.map((record) => record.id)).toEqual(['first', 'second']);
    expect(archive.getArticle('second')?.outlet).toBe('other-news');
    expect(archive.people).toEqual([]);
    for (const id of ['constructor', '__proto__', 'toString'])
      expect([archive.getArticle(id), archive.getPerson(id), archive.getCase(id)]).toEqual([
        undefined,
        undefined,
        undefined,
      ]);
  });
});

describe("createArchive and each citation's paragraph", () => {
  // The excerpt occurs in both paragraphs; the data says which one the figure cites.
  const paragraphs = ['In May nine officers asked for asylum.', 'In June nine officers asked for asylum.'];
  const figure = (citation: { articleId: string; excerpt: string; paragraph?: number }) => ({
    id: 'officers-june',
    value: 9,
    qualifier: 'exact' as const,
    unit: 'officers',
    counts: 'officers asking for asylum',
    scope: 'the harbour',
    period: null,
    citation,
  });
  const cited = (paragraph?: number) => ({
    articles: [article('twice', paragraphs)],
    figures: [
      figure({
        articleId: 'twice',
        excerpt: 'nine officers asked for asylum',
        ...(paragraph === undefined ? {} : { paragraph }),
      }),
    ],
  });

  it('holds the passage the citation gives, not the first that has the same words', async () => {
    const archive = await createArchive(cited(1));
    const held = archive.search({ text: 'officers', filters: { holding: 'figure' } });
    expect(held.hits.map((hit) => hit.paragraphIndex)).toEqual([1]);
  });

  it('locates a citation that gives no paragraph once, at the first paragraph that holds its excerpt', async () => {
    const archive = await createArchive(cited());
    expect(archive.figures[0]?.citation.paragraph).toBe(0);
    const held = archive.search({ text: 'officers', filters: { holding: 'figure' } });
    expect(held.hits.map((hit) => hit.paragraphIndex)).toEqual([0]);
  });

  it('rejects a paragraph that does not hold the excerpt, naming the one that does', async () => {
    const data = {
      ...cited(),
      articles: [article('twice', ['Nothing here.', 'Nine officers asked for asylum.'])],
    };
    const error = await createArchive({
      ...data,
      figures: [figure({ articleId: 'twice', excerpt: 'Nine officers', paragraph: 0 })],
    }).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(ArchiveDataError);
    expect((error as ArchiveDataError).issues).toEqual([
      {
        path: 'figures[0].citation.paragraph',
        message:
          'paragraph 0 of article twice does not hold the excerpt (paragraph 1 does; paragraphs count from 0)',
      },
    ]);
  });
});

describe('createArchive on bad data', () => {
  it('rejects with an ArchiveDataError that says where and what is wrong', async () => {
    const broken = { articles: [{ ...article('ok', ['text']), id: 'Not A Slug', paragraphs: [] }] };
    const error = await createArchive(broken as never).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(ArchiveDataError);
    const paths = (error as ArchiveDataError).issues.map((issue) => issue.path);
    expect(paths).toEqual(expect.arrayContaining(['articles[0].id', 'articles[0].paragraphs']));
    expect((error as Error).message).toContain('articles[0].id');
    await expect(createArchive({} as never)).rejects.toThrow(/articles/);
  });
});

describe('the prebuilt index', () => {
  const judgments = loadJudgments(shippedDataset.articles);
  const queries = [...judgments.map((judgment) => judgment.query), '', 'the', '"asylum"', 'asylm'];

  it('gives exactly the results of a fresh build, on every judged query', async () => {
    const fresh = await createArchive(shippedDataset);
    for (const query of queries) {
      expect(search(query, { limit: 20 }), query).toEqual(fresh.search(query, { limit: 20 }));
      expect(search(query, { limit: 20, groupBy: 'article' }), query).toEqual(
        fresh.search(query, { limit: 20, groupBy: 'article' }),
      );
    }
  });

  it('round-trips through export and import, and is rebuilt when it does not fit the data', () => {
    const built = createEngine(shippedDataset);
    const snapshot = JSON.parse(JSON.stringify(built.exportIndex()));
    const loaded = loadEngine(shippedDataset, snapshot);
    for (const query of queries) expect(loaded.search(query), query).toEqual(built.search(query));
    const other = { articles: [article('lone', ['A completely different corpus about asylum.'])] };
    const mismatched = loadEngine(other, snapshot);
    expect(mismatched.search('asylum').hits.map((hit) => hit.articleId)).toEqual(['lone']);
  });

  it('is not used for data whose answering records differ, so a changed figure answers by its new words', () => {
    const snapshot = createEngine(shippedDataset).exportIndex();
    const [figure, ...rest] = shippedDataset.figures;
    if (!figure) throw new Error('the shipped data should hold a figure');
    const changed = {
      ...shippedDataset,
      figures: [{ ...figure, counts: `${figure.counts} xyzzy` }, ...rest],
    };
    const answers = loadEngine(changed, snapshot).search('how many xyzzy').answers;
    expect(answers.map((answer) => answer.id)).toContain(figure.id);
  });

  it('is not used for data whose lexicon differs, so new synonyms take effect', () => {
    const snapshot = createEngine(shippedDataset).exportIndex();
    expect(loadEngine(shippedDataset, snapshot).search('xyzzy').totalHits).toBe(0);
    const extended = {
      ...shippedDataset,
      lexicon: { synonyms: [...shippedDataset.lexicon.synonyms, ['xyzzy', 'sanctuary']] },
    };
    expect(loadEngine(extended, snapshot).search('xyzzy').hits[0]?.text).toContain('sanctuary');
  });
});

describe('createArchive checks custom data strictly, in its own words', () => {
  const problemsOf = async (data: unknown) => {
    const error = await createArchive(data as never).catch((caught: unknown) => caught);
    if (!(error instanceof ArchiveDataError)) throw new Error('expected an ArchiveDataError');
    return error.issues;
  };

  it('names a misspelt key and the key it most likely meant', async () => {
    const { title: _, ...rest } = article('one', ['text']);
    const issues = await problemsOf({ articles: [{ ...rest, titel: 'A title' }] });
    expect(issues).toContainEqual({
      path: 'articles[0].titel',
      message: 'unknown key "titel": did you mean "title"?',
    });
    expect(issues).toContainEqual({ path: 'articles[0].title', message: 'missing: add "title" (text)' });
  });

  it('rejects an unknown top-level key and a duplicate id', async () => {
    const issues = await problemsOf({
      articles: [article('same', ['a']), article('same', ['b'])],
      extras: [],
    });
    expect(issues.map((issue) => issue.path)).toEqual(expect.arrayContaining(['extras', 'articles[1].id']));
    expect(issues.find((issue) => issue.path === 'articles[1].id')?.message).toMatch(/^duplicate id "same"/);
  });

  it('never passes on zod’s wording', async () => {
    const issues = await problemsOf({
      articles: [{ ...article('x', ['a']), truncated: 'no', paragraphs: [] }],
    });
    for (const { message } of issues) expect(message).not.toMatch(/expected|received|Invalid input/i);
  });

  it.each([null, 'articles', 42, []])(
    'rejects %j as a whole with a message, not a TypeError',
    async (data) => {
      const issues = await problemsOf(data);
      expect(issues[0]?.message).toMatch(/createArchive needs an object/);
    },
  );

  it.each(['constructor', '__proto__', 'toString'])('treats a key named %s as unknown', async (key) => {
    const issues = await problemsOf(JSON.parse(`{"articles": [], "${key}": 1}`));
    expect(issues.map((issue) => issue.path)).toContain(key);
  });
});
