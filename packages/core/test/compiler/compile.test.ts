import { describe, expect, it } from 'vitest';
import { compileDataset } from '../../src/compiler/compile';
import { type DataIssue, formatIssue, formatPath } from '../../src/compiler/issue';
import { formatDraftReport } from '../../src/compiler/report';
import { asFiles, validFixture } from './fixture';

function compileWith(change: (tree: Record<string, string>) => void) {
  const tree = validFixture();
  change(tree);
  return compileDataset(asFiles(tree));
}

function issuesOf(result: ReturnType<typeof compileDataset>): DataIssue[] {
  if (result.ok) throw new Error('expected the compiler to fail, but it succeeded');
  return result.issues;
}

function edit(tree: Record<string, string>, path: string, from: string | RegExp, to: string) {
  const before = tree[path];
  if (before === undefined) throw new Error(`no fixture file ${path}`);
  const after = before.replace(from, to);
  if (after === before) throw new Error(`fixture edit did not apply to ${path}: ${String(from)}`);
  tree[path] = after;
}

describe('compileDataset on valid data', () => {
  const result = compileDataset(asFiles(validFixture()));
  if (!result.ok) throw new Error(result.issues.map(formatIssue).join('\n'));
  const { dataset, stats } = result;

  it('splits the body into paragraphs and keeps the text verbatim', () => {
    expect(dataset.articles[0]?.paragraphs).toEqual([
      'Pedro Ruiz, 30, was a police officer in Juárez until the cartel threatened him.',
      'A judge denied his asylum claim, said his attorney, Luz Vega. “We will appeal,” Vega said.',
    ]);
  });

  it('derives date precision, citation shape, case outcome and the articles a case cites', () => {
    expect(dataset.articles[0]?.published).toEqual({
      value: '2010-01',
      precision: 'month',
      basis: "stated on the page: 'January 2010'",
    });
    const [ruizCase] = dataset.cases;
    expect(ruizCase?.outcome).toBe('appealed');
    expect(ruizCase?.articleIds).toEqual(['sample-article']);
    expect(ruizCase?.events[1]?.date).toEqual({
      value: null,
      precision: null,
      basis: 'unknown: the reporting gives no date',
    });
    expect(dataset.figures[0]?.citation).toEqual({
      articleId: 'sample-article',
      excerpt: 'Pedro Ruiz, 30',
      paragraph: 0,
    });
  });

  it('emits each citation with the index of the paragraph that holds its excerpt', () => {
    const [denied, appeal] = dataset.cases[0]?.events ?? [];
    expect(denied?.citation.paragraph).toBe(1);
    expect(appeal?.citation.paragraph).toBe(1);
    expect(dataset.quotes[0]?.citation.paragraph).toBe(1);
    expect(dataset.people.find((p) => p.id === 'pedro-ruiz')?.statements[0]?.citation.paragraph).toBe(0);
  });

  it('locates an excerpt moved to another paragraph there', () => {
    const moved = compileWith((t) => {
      edit(t, 'data/figures.yaml', 'excerpt: "Pedro Ruiz, 30"', 'excerpt: "said his attorney, Luz Vega"');
    });
    if (!moved.ok) throw new Error(moved.issues.map(formatIssue).join('\n'));
    expect(moved.dataset.figures[0]?.citation.paragraph).toBe(1);
  });

  it('locates mentions with offsets, folding accents, and counts bylines', () => {
    const juarez = dataset.places.find((p) => p.id === 'ciudad-juarez');
    const paragraph = dataset.articles[0]?.paragraphs[0] ?? '';
    const [first] = juarez?.mentions ?? [];
    expect(first).toMatchObject({ articleId: 'sample-article', field: 'paragraph', index: 0 });
    expect(paragraph.slice(first?.start, first?.end)).toBe('Juárez');
    const reporter = dataset.people.find((p) => p.id === 'ana-reporter');
    expect(reporter?.mentions).toEqual([
      { articleId: 'sample-article', field: 'byline', index: 0, start: 0, end: 0 },
    ]);
    // "Ruiz" inside "Pedro Ruiz" is one mention of the longer name, not two.
    const ruiz = dataset.people.find((p) => p.id === 'pedro-ruiz');
    expect(ruiz?.mentions.filter((m) => m.field === 'paragraph' && m.index === 0)).toHaveLength(1);
  });

  it('counts every verified citation', () => {
    // 1 statement + 2 case events + 1 figure + 1 quote
    expect(stats.citationsVerified).toBe(5);
  });
});

describe('compileDataset rules: each broken input is reported with file, field and a tip', () => {
  it('schema: a wrong enum value names the field', () => {
    const [issue] = issuesOf(
      compileWith((t) => edit(t, 'data/people.yaml', 'roles: [officer]', 'roles: [sheriff]')),
    );
    expect(formatIssue(issue as DataIssue)).toBe(
      '✖ data/people.yaml:4:11 → people › pedro-ruiz › roles[0]: "sheriff" is not one of: officer, attorney, judge, activist, official, reporter, businessperson, informant, politician, other\n  tip: use one of the values listed (see packages/core/docs/data-format.md#people)',
    );
  });

  it('schema: a misspelt key is rejected rather than ignored, with the field it was meant to be', () => {
    const issues = issuesOf(compileWith((t) => edit(t, 'data/figures.yaml', 'scope:', 'scoop:')));
    expect(issues.map(formatIssue)).toEqual([
      '✖ data/figures.yaml:1:3 → figures › ruiz-age: missing (a string is required)\n  tip: add it (see packages/core/docs/data-format.md#figures)'.replace(
        'ruiz-age:',
        'ruiz-age › scope:',
      ),
      '✖ data/figures.yaml:6:10 → figures › ruiz-age › scoop: unknown field "scoop"\n  tip: did you mean "scope"?',
    ]);
  });

  it('schema: a missing field of a closed vocabulary lists the values it may take', () => {
    const issues = issuesOf(compileWith((t) => edit(t, 'data/figures.yaml', /\n {2}qualifier: exact/, '')));
    expect(issues.map((issue) => `${formatPath(issue.path)}: ${issue.message}`)).toEqual([
      'figures › ruiz-age › qualifier: missing (one of: exact, approximate, at-least, more-than, nearly, less-than)',
    ]);
  });

  it('schema: a record without a usable id is named by its position', () => {
    const issues = issuesOf(compileWith((t) => edit(t, 'data/figures.yaml', 'id: ruiz-age', 'id: ""')));
    expect(formatIssue(issues[0] as DataIssue)).toMatch(/^✖ data\/figures\.yaml:1:7 → figures\[0\]\.id: /);
  });

  it('schema: invalid YAML is one issue with its line and column, naming the first error', () => {
    const issues = issuesOf(compileWith((t) => edit(t, 'data/places.yaml', 'kind: city', 'kind: [city')));
    expect(issues).toHaveLength(1);
    expect(formatIssue(issues[0] as DataIssue)).toMatch(/^✖ data\/places\.yaml:5:3: invalid YAML: /);
  });

  it('schema: one tab indenting a line is named as the cause, once', () => {
    const issues = issuesOf(
      compileWith((t) => edit(t, 'data/people.yaml', '\n  roles: [officer]', '\n\troles: [officer]')),
    );
    expect(issues.map(formatIssue)).toEqual([
      expect.stringMatching(
        /^✖ data\/people\.yaml:4:1: a tab is used for indentation; YAML indents with spaces only \(the parser's \d+ later errors follow from it\)\n {2}tip: replace the tab with spaces/,
      ),
    ]);
  });

  it('schema: a frontmatter error gives the line in the article file', () => {
    const issues = issuesOf(
      compileWith((t) => edit(t, 'data/articles/sample-article.md', 'language: en', 'language: en: us')),
    );
    expect(issues.map((i) => [i.file, i.position])).toEqual([
      ['data/articles/sample-article.md', { line: 15, column: 11 }],
    ]);
  });

  it('schema: only real calendar dates, with the length of that month in the tip', () => {
    const issues = issuesOf(
      compileWith((t) => edit(t, 'data/cases.yaml', 'date: 2010-01', 'date: 2008-02-30')),
    );
    expect(issues.map(formatIssue)).toEqual([
      '✖ data/cases.yaml:8:13 → cases › ruiz-asylum › events[0].date: "2008-02-30" is not a day of the calendar\n  tip: February 2008 has 29 days; check the date against its basis (or give only the month: 2008-02)',
    ]);
    expect(compileWith((t) => edit(t, 'data/cases.yaml', 'date: 2010-01', 'date: 2008-02-29')).ok).toBe(true);
  });

  it('file name = id', () => {
    const issues = issuesOf(
      compileWith((t) => {
        const text = t['data/articles/sample-article.md'] as string;
        delete t['data/articles/sample-article.md'];
        t['data/articles/other-name.md'] = text;
      }),
    );
    const issue = issues.find((i) => i.file === 'data/articles/other-name.md');
    expect(issue?.message).toBe('id "sample-article" does not match the file name "other-name.md"');
    expect(issue?.tip).toContain('sample-article.md');
  });

  it('unique ids', () => {
    const issues = issuesOf(
      compileWith((t) => {
        t['data/organizations.yaml'] += '- id: sample-outlet\n  name: Sample Outlet\n  kind: outlet\n';
      }),
    );
    expect(issues.map(formatIssue)).toContain(
      '✖ data/organizations.yaml:5:7 → organizations › sample-outlet › id: duplicate organizations id "sample-outlet" (already used in data/organizations.yaml)\n  tip: give each record its own id; if both describe the same thing, merge them',
    );
  });

  it('every citation excerpt is found verbatim, with a tip when only typography differs', () => {
    const issues = issuesOf(
      compileWith((t) =>
        edit(t, 'data/quotes.yaml', '"“We will appeal,” Vega said."', `'"We will appeal," Vega said.'`),
      ),
    );
    expect(formatIssue(issues[0] as DataIssue)).toBe(
      '✖ data/quotes.yaml:5:49 → quotes › vega-appeal › citation.excerpt: not found verbatim in article sample-article\n  tip: the words are there but quotes, dashes, spacing or capitals differ — copy the excerpt from the article file exactly',
    );
    // The quote's words still sit inside the changed excerpt, so this is the only problem.
    expect(issues).toHaveLength(1);
  });

  it('an excerpt may not span two paragraphs', () => {
    const issues = issuesOf(
      compileWith((t) =>
        edit(t, 'data/figures.yaml', 'excerpt: "Pedro Ruiz, 30"', 'excerpt: "threatened him. A judge"'),
      ),
    );
    expect(issues[0]?.tip).toMatch(/may not span two paragraphs/);
  });

  it('a quote must occur inside its excerpt', () => {
    const issues = issuesOf(
      compileWith((t) => edit(t, 'data/quotes.yaml', 'text: We will appeal,', 'text: We will win,')),
    );
    expect(issues.map((i) => `${formatPath(i.path)}: ${i.message}`)).toEqual([
      'quotes › vega-appeal › text: the quoted words do not occur in the citation excerpt',
    ]);
  });

  it('every reference resolves; an unknown id gets the nearest known ones', () => {
    const issues = issuesOf(
      compileWith((t) => {
        edit(t, 'data/cases.yaml', 'attorneys: [luz-vega]', 'attorneys: [luz-vegas]');
        edit(t, 'data/figures.yaml', 'article: sample-article', 'article: missing-article');
        edit(t, 'data/articles/sample-article.md', 'outlet: sample-outlet', 'outlet: unknown-outlet');
      }),
    );
    expect(issues.map(formatIssue)).toEqual([
      '✖ data/articles/sample-article.md:8:9 → outlet: unknown organization "unknown-outlet"\n  tip: use the id of a record in data/organizations.yaml, or add that record',
      '✖ data/cases.yaml:6:15 → cases › ruiz-asylum › attorneys[0]: unknown person "luz-vegas"\n  tip: did you mean "luz-vega"? (ids are in data/people.yaml)',
      '✖ data/figures.yaml:7:24 → figures › ruiz-age › citation.article: unknown article "missing-article"\n  tip: use the id of a record in data/articles/<id>.md, or add that record',
      // No article names the outlet now: the tip says how an outlet is added ahead of its article.
      '✖ data/organizations.yaml:2:9 → organizations › sample-outlet › name: "Sample Outlet" (sample-outlet) is not mentioned in any article\n  tip: if it is the outlet of an article you are adding, ingest that article (pnpm ingest <page> --outlet sample-outlet): the outlet then waits with the draft in data/drafts/ until it is published. Otherwise add the spelling the articles use to aliases, or remove the record',
    ]);
  });

  it('a citation of an article still in review says it is a draft', () => {
    const issues = issuesOf(
      compileWith((t) => {
        t['data/drafts/second-article.md'] = (t['data/articles/sample-article.md'] as string).replace(
          'id: sample-article',
          'id: second-article',
        );
        edit(t, 'data/figures.yaml', 'article: sample-article', 'article: second-article');
      }),
    );
    expect(issues.map((i) => `${i.message} | ${i.tip}`)).toEqual([
      'article "second-article" is still a draft (data/drafts/second-article.md) | publish the draft first (finish its review and move it to data/articles/), then cite it',
    ]);
  });

  it('no entity without a mention', () => {
    const issues = issuesOf(
      compileWith((t) => {
        t['data/places.yaml'] += '- id: tijuana\n  name: Tijuana\n  kind: city\n  country: MX\n';
      }),
    );
    expect(issues.map(formatIssue)).toEqual([
      '✖ data/places.yaml:8:9 → places › tijuana › name: "Tijuana" (tijuana) is not mentioned in any article\n  tip: if an article you are adding names it, ingest that article first: the record then waits with the draft in data/drafts/. Otherwise add the spelling the articles use to aliases, or remove the record',
    ]);
  });

  it('an outlet added ahead of its article waits with the draft that uses it, and is reported', () => {
    const result = compileWith((t) => {
      t['data/organizations.yaml'] += '- id: new-outlet\n  name: New Outlet\n  kind: outlet\n';
      t['data/drafts/new-story.md'] =
        '---\nid: new-story\ntitle: null\ntitleSource: outlet\noutlet: new-outlet\npublished: { date: null, basis: "unknown: no date" }\nurl: null\nlanguage: en\nrights: unknown\nsummary: null\n---\nText.\n';
    });
    if (!result.ok) throw new Error(result.issues.map(formatIssue).join('\n'));
    expect(result.dataset.organizations.map((o) => o.id)).toEqual(['sample-outlet']);
    expect(result.stats.waiting).toEqual([
      {
        kind: 'organization',
        id: 'new-outlet',
        file: 'data/organizations.yaml',
        drafts: ['data/drafts/new-story.md'],
      },
    ]);
    expect(formatDraftReport(result.stats.drafts, result.stats.waiting)).toContain(
      '  organization "new-outlet" (data/organizations.yaml) waits with data/drafts/new-story.md',
    );
  });

  it('a lower-case common word does not count as a mention of a capitalised name', () => {
    const issues = issuesOf(
      compileWith((t) => {
        t['data/people.yaml'] += '- id: someone-police\n  name: Police\n  roles: [other]\n  description: x\n';
      }),
    );
    expect(issues[0]?.message).toContain('"Police" (someone-police) is not mentioned in any article');
  });

  it('an anonymous case needs a claimant description, a dated event a basis', () => {
    const issues = issuesOf(
      compileWith((t) => {
        edit(t, 'data/cases.yaml', 'claimant: pedro-ruiz', 'claimant: null');
        edit(t, 'data/cases.yaml', / {6}dateBasis: .*\n/, '');
      }),
    );
    expect(issues.map((i) => formatPath(i.path))).toEqual([
      'cases › ruiz-asylum › claimantDescription',
      'cases › ruiz-asylum › events[0].dateBasis',
    ]);
  });

  it.each([
    ['probably January 2010', '"probably January 2010" does not say how the date is known'],
    ['inferred from text:', '"inferred from text:" must be followed by its evidence'],
    ['unknown: no date on the page', '"unknown: no date on the page" does not say how the date is known'],
  ])('a date basis is one of the fixed kinds with its evidence: %j', (basis, message) => {
    const issues = issuesOf(
      compileWith((t) => edit(t, 'data/cases.yaml', /dateBasis: .*/, `dateBasis: "${basis}"`)),
    );
    expect(issues.map((i) => i.message)).toEqual([message]);
    expect(issues[0]?.tip).toContain(
      '"stated on the page: …", "inferred from text: …", "inferred from the address: …", "from other reporting: …"',
    );
  });

  it('an unknown date says "unknown:" and why', () => {
    const issues = issuesOf(
      compileWith((t) =>
        edit(
          t,
          'data/articles/sample-article.md',
          / {2}date: 2010-01\n {2}basis: .*\n/,
          '  date: null\n  basis: "no idea"\n',
        ),
      ),
    );
    expect(issues.map((i) => `${formatPath(i.path)}: ${i.message}`)).toEqual([
      'published.basis: the date is null, so its basis must start with "unknown:" (it says "no idea")',
    ]);
  });

  it('an address carries its basis', () => {
    const withUrl = (basis: string) =>
      compileWith((t) =>
        edit(t, 'data/articles/sample-article.md', 'url: null', `url: https://example.org/story\n${basis}`),
      );
    expect(issuesOf(withUrl('')).map((i) => `${formatPath(i.path)}: ${i.message}`)).toEqual([
      'urlBasis: an address needs a basis saying how it is known',
    ]);
    expect(issuesOf(withUrl('urlBasis: "I think so"')).map((i) => i.message)).toEqual([
      '"I think so" does not say how the address is known',
    ]);
    const ok = withUrl('urlBasis: "checked at the address: the page there carries the same paragraphs"');
    expect(ok.ok && ok.dataset.articles[0]).toMatchObject({
      url: 'https://example.org/story',
      urlBasis: 'checked at the address: the page there carries the same paragraphs',
    });
  });

  it('the lexicon keeps one lower-case word per term and each term in one group', () => {
    const issues = issuesOf(
      compileWith((t) => {
        t['data/lexicon.yaml'] = 'synonyms:\n  - [asylum, Asilo]\n  - [refuge, asylum]\n';
      }),
    );
    expect(issues.map((i) => i.message)).toEqual([
      '"Asilo" must be one lower-case word',
      '"asylum" is already in synonym group 0',
    ]);
  });
});

describe('every problem at once: a record that fails its schema does not hide the others', () => {
  const where = (issue: DataIssue) => `${issue.file} → ${formatPath(issue.path)}: ${issue.message}`;

  it('the rules still run on the records that parsed', () => {
    const issues = issuesOf(
      compileWith((t) => {
        edit(t, 'data/people.yaml', 'roles: [officer]', 'roles: [sheriff]');
        edit(t, 'data/figures.yaml', 'excerpt: "Pedro Ruiz, 30"', 'excerpt: "Pedro Ruiz, 31"');
      }),
    );
    expect(issues.map(where)).toEqual([
      expect.stringMatching(
        /^data\/people\.yaml → people › pedro-ruiz › roles\[0\]: "sheriff" is not one of/,
      ),
      'data/figures.yaml → figures › ruiz-age › citation.excerpt: not found verbatim in article sample-article',
    ]);
  });

  it('a reference to a record that failed its schema is not reported as unknown', () => {
    // luz-vega is a case's attorney and a quote's speaker: only her own record's problem is reported.
    const issues = issuesOf(
      compileWith((t) => edit(t, 'data/people.yaml', 'roles: [attorney]', 'roles: [lawyer]')),
    );
    expect(issues.map(where)).toEqual([
      expect.stringMatching(/^data\/people\.yaml → people › luz-vega › roles\[0\]: "lawyer" is not one of/),
    ]);
  });

  it('a misspelt reference to a record that failed its schema still gets that record as did-you-mean', () => {
    const issues = issuesOf(
      compileWith((t) => {
        edit(t, 'data/people.yaml', 'roles: [attorney]', 'roles: [lawyer]');
        edit(t, 'data/cases.yaml', 'attorneys: [luz-vega]', 'attorneys: [luz-vegas]');
      }),
    );
    expect(issues.map((issue) => `${formatPath(issue.path)}: ${issue.tip}`)).toContainEqual(
      'cases › ruiz-asylum › attorneys[0]: did you mean "luz-vega"? (ids are in data/people.yaml)',
    );
  });

  it('a file that is not valid YAML hides none of the other files’ problems, and none of its ids is unknown', () => {
    const issues = issuesOf(
      compileWith((t) => {
        edit(t, 'data/people.yaml', '\n  roles: [officer]', '\n\troles: [officer]');
        edit(t, 'data/quotes.yaml', 'text: We will appeal,', 'text: We will win,');
      }),
    );
    expect(issues.map((issue) => issue.file)).toEqual(['data/people.yaml', 'data/quotes.yaml']);
    expect(issues[1]?.message).toBe('the quoted words do not occur in the citation excerpt');
  });

  it('an article whose frontmatter fails: the citations of it and the names in it are not reported', () => {
    const issues = issuesOf(
      compileWith((t) => {
        edit(t, 'data/articles/sample-article.md', 'language: en', 'language: english');
        edit(t, 'data/cases.yaml', 'claimant: pedro-ruiz', 'claimant: null');
      }),
    );
    expect(issues.map((issue) => `${issue.file} → ${formatPath(issue.path)}`)).toEqual([
      'data/articles/sample-article.md → language',
      'data/cases.yaml → cases › ruiz-asylum › claimantDescription',
    ]);
  });
});

describe('drafts: validated as drafts, left out of the dataset, reported', () => {
  const DRAFT =
    '---\nid: draft-article\ndraft: true\nreview: [check the date]\ntitle: null\ntitleSource: outlet\noutlet: null\npublished: { date: null, basis: "unknown: no date on the page" }\nurl: null\nlanguage: en\nrights: unknown\nsummary: null\n---\nSome text.\n';
  const published = compileDataset(asFiles(validFixture()));

  it('a draft in data/drafts/ changes nothing that is published, and is listed', () => {
    const result = compileWith((t) => {
      t['data/drafts/draft-article.md'] = DRAFT;
    });
    if (!result.ok || !published.ok) throw new Error('expected both to compile');
    expect(result.dataset).toEqual(published.dataset);
    expect(result.stats.drafts).toEqual([
      { file: 'data/drafts/draft-article.md', id: 'draft-article', title: null },
    ]);
  });

  it('the folder makes it a draft, even without draft: true', () => {
    const result = compileWith((t) => {
      t['data/drafts/draft-article.md'] = DRAFT.replace('draft: true\n', '');
    });
    expect(result.ok && result.stats.drafts.map((d) => d.id)).toEqual(['draft-article']);
  });

  it('a file marked draft: true in data/articles/ is still left out', () => {
    const result = compileWith((t) => {
      t['data/articles/draft-article.md'] = DRAFT;
    });
    expect(result.ok && result.dataset.articles.map((a) => a.id)).toEqual(['sample-article']);
    expect(result.ok && result.stats.drafts.map((d) => d.file)).toEqual(['data/articles/draft-article.md']);
  });

  it('a draft of the wrong shape is reported with its file and field', () => {
    const issues = issuesOf(
      compileWith((t) => {
        t['data/drafts/draft-article.md'] = DRAFT.replace('titleSource: outlet', 'titleSource: headline');
      }),
    );
    expect(issues.map((i) => `${i.file} ${i.path.join('.')}`)).toEqual([
      'data/drafts/draft-article.md titleSource',
    ]);
  });

  it('generate reports drafts by file and title', () => {
    expect(formatDraftReport([])).toBe('');
    expect(
      formatDraftReport([{ file: 'data/drafts/a.md', id: 'a', title: 'Officer Flees' }]).split('\n')[0],
    ).toBe('1 draft awaiting review: data/drafts/a.md (“Officer Flees”)');
    const two = formatDraftReport([
      { file: 'data/drafts/a.md', id: 'a', title: null },
      { file: 'data/articles/b.md', id: 'b', title: null },
    ]);
    expect(two).toContain('2 drafts awaiting review:\n  data/drafts/a.md\n  data/articles/b.md\n');
    expect(two).toContain('drafts belong in data/drafts/');
  });

  it('a reviewed article may not leave its title null', () => {
    const issues = issuesOf(
      compileWith((t) =>
        edit(t, 'data/articles/sample-article.md', 'title: Officer Seeks Asylum', 'title: null'),
      ),
    );
    expect(formatIssue(issues[0] as DataIssue)).toContain(
      '✖ data/articles/sample-article.md:4:8 → title: a reviewed article needs a title (only drafts may leave it null)',
    );
  });
});
