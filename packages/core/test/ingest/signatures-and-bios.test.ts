import { describe, expect, it } from 'vitest';
import { htmlToText } from '../../ingest/index';
import { ingestText } from './helpers';

const ingest = (text: string) => ingestText(text, 'sample-page');
const STORY = [
  'The officer crossed the bridge at night and asked the agents at the port of entry for protection from the men who had threatened him.',
  'His lawyer said the case would take years to decide, and that the officer would wait for it in detention.',
];
const page = (...blocks: string[]) =>
  ['An officer in search of a safe place to live', ...blocks].join('\n\n');
const names = (plan: ReturnType<typeof ingest>) => [
  ...plan.proposals.authors.authors.map((author) => author.value),
  ...plan.proposals.authors.unknownNames.map((unknown) => unknown.name),
];

describe("a writer's signature at the end of a post", () => {
  it('is taken off the last paragraph and proposed as its author', () => {
    const plan = ingest(page(STORY[0] ?? '', `${STORY[1]} -- Ana Roe in Mexico City`));
    expect(plan.paragraphs).toEqual(STORY);
    expect(names(plan)).toEqual(['Ana Roe']);
  });

  it('is not a dash in the middle of the story', () => {
    const quoted =
      'The officer said one word to the agents — Asylum Please — and waited for an answer at the gate.';
    const plan = ingest(page(quoted, ...STORY));
    expect(plan.paragraphs).toEqual([quoted, ...STORY]);
  });
});

describe('bios and bylines that name the authors', () => {
  it('in Spanish, naming two authors in one line, give both', () => {
    const plan = ingest(
      page(
        ...STORY,
        'Ana Ruiz es politóloga e investigadora en la Universidad de Lisboa. Luis Roe es abogado y analista',
      ),
    );
    expect(plan.paragraphs).toEqual(STORY);
    expect(names(plan)).toEqual(['Ana Ruiz', 'Luis Roe']);
  });

  it('in capitals give the author', () => {
    const plan = ingest(page(...STORY, 'JANE ROE IS THE NINE NETWORK POLITICAL EDITOR'));
    expect(plan.paragraphs).toEqual(STORY);
    expect(names(plan)).toEqual(['JANE ROE']);
  });

  it('"Posted on <date> by <name>." gives the date and the name without its full stop, and marks a blog', () => {
    const plan = ingest(page(...STORY, 'Posted on Tuesday 15 October 2019 at 09:11 by Jane M. Roe.'));
    expect(plan.paragraphs).toEqual(STORY);
    expect(plan.frontmatter.published.date).toBe('2019-10-15');
    expect(names(plan)).toEqual(['Jane M. Roe']);
    expect(plan.frontmatter.genre).toBe('blog-post');
  });

  it('after an arrow ("› Por …") give the author, and a section label in capitals is not the headline', () => {
    const plan = ingestText(
      ['EL MUNDO • SUBNOTA', '› Por Ana María de la Cruz', ...STORY].join('\n'),
      'sample-page',
    );
    expect(plan.frontmatter.title).toBeNull();
    expect(plan.paragraphs).toEqual(STORY);
    expect(names(plan)).toEqual(['Ana María de la Cruz']);
  });

  it("in an author meta tag leave out the author's address", () => {
    const { hints } = htmlToText(
      '<html><head><meta name="author" content="Jane Roe (http://example.org/jane/)"></head><body><p>Text.</p></body></html>',
    );
    expect(hints.authors).toEqual(['Jane Roe']);
  });
});

describe('furniture in Spanish and of site archives', () => {
  it.each([
    ['a stamp left without its dates', 'PUBLISHED: | UPDATED:'],
    ['a site promotion', '>Para ver noticias de la región visite nuestra web, example.com'],
    ['links to the mobile and desktop versions', 'Versión para móviles / versión de escritorio | RSS'],
    ['a Spanish rights line', 'Política de privacidad | Todos los Derechos Reservados'],
    [
      'an archive notice',
      'This article was originally on a blog post platform and may be missing photos, graphics or links.',
    ],
    ['a reading time', '5 min read'],
  ])('%s leaves the body, even between two paragraphs', (_what, furniture) => {
    const last = 'The judge has not said when she will rule on his case, his lawyer said on Friday.';
    expect(ingest(page(...STORY, furniture, last)).paragraphs).toEqual([...STORY, last]);
  });
});
