// A made-up archive of your own, as `createArchive` takes it: articles are required, the rest optional.
// Every field here is fictional and marked as such; it only shows the shape.
const article = (id, title, paragraphs) => ({
  id,
  seed: null,
  title,
  titleSource: 'outlet',
  dek: null,
  genre: 'news-report',
  outlet: 'example-harbour-gazette',
  via: null,
  authors: ['example-reporter'],
  published: { value: '2021-05', precision: 'month', basis: 'fictional example data' },
  url: `https://example.org/${id}`,
  language: 'en',
  rights: 'fictional example data',
  truncated: false,
  topics: ['example'],
  summary: { text: 'A fictional article for the examples.', editorial: true },
  captions: [],
  paragraphs,
});

export const myData = {
  articles: [
    article('example-port-officers', 'Port officers ask for refuge', [
      'Three port officers asked for refuge after threats, the fictional gazette reports.',
      'Their lawyer said 12 officers had left the port city this year.',
    ]),
    article('example-hearing', 'A hearing is set', [
      'The judge set a hearing for the officers in the spring.',
    ]),
  ],
  people: [
    {
      id: 'example-reporter',
      name: 'Example Reporter',
      aliases: [],
      roles: ['reporter'],
      description: 'A fictional reporter.',
      statements: [],
      mentions: [],
    },
  ],
  organizations: [
    {
      id: 'example-harbour-gazette',
      name: 'Example Harbour Gazette',
      aliases: [],
      kind: 'outlet',
      country: null,
      mentions: [],
    },
  ],
  figures: [
    {
      id: 'example-officers-left',
      value: 12,
      qualifier: 'exact',
      unit: 'officers',
      counts: 'officers who left the port city',
      scope: 'the fictional port city',
      period: null,
      citation: { articleId: 'example-port-officers', excerpt: '12 officers had left the port city' },
    },
  ],
};
