import { describe, expect, it } from 'vitest';
import { functionWordShare, furnitureAroundStory, isStoryText } from '../../ingest/clean/story-core';
import { datesInFurniture } from '../../ingest/metadata/propose-date';
import { ingestHtml, ingestText } from './helpers';

/*
 * The furniture around a story told by the shape of its blocks, jusText-style, for sites no rule has seen: the
 * story is the run from its first block of text to its last; short blocks that are not sentences and carry few
 * function words, above or below that run, are the page's widgets, contact lines and credits.
 */

const LEDE =
  'EL PASO, Texas — A journalist from Mexico pleaded his case for asylum in the United States on Friday, more than two years after he fled across the border with his son.';
const SECOND =
  'He said he spent about seven hours presenting his case to the judge, but the process moved slowly because of frequent objections from the government.';

/** A share widget's messages, as a saved page keeps them between the byline and the story. */
const WIDGETS = ['Your article has been sent.', 'Text size +'];
/** A page saved as text, one block per paragraph. */
const blocks = (...lines: string[]) => lines.join('\n\n');

describe('text by its shape', () => {
  it('counts the function words of English and Spanish prose', () => {
    expect(functionWordShare('Pero el resultado fue distinto para esta familia.')).toBeGreaterThan(0.3);
    expect(functionWordShare('Information from: Knoxville News Sentinel')).toBeLessThan(0.3);
    expect(functionWordShare('')).toBe(0);
  });

  it('is prose, a clause that introduces a quotation, or a run of words dense in function words', () => {
    expect(isStoryText(LEDE)).toBe(true);
    expect(isStoryText('Residents and even police officers are fleeing across the border to Texas:')).toBe(
      true,
    );
    expect(isStoryText('Pero el resultado fue distinto para esta familia y d')).toBe(true);
    expect(isStoryText('Your article has been sent.')).toBe(false);
    expect(isStoryText('Landon Hutchens (202) 407-4241; landon.r.hutchens@cbp.dhs.gov')).toBe(false);
  });
});

describe('furniture around the story', () => {
  it('takes the widgets between a byline and the story out, and reports each', () => {
    const page = blocks(
      'Mexican journalist asks judge for asylum',
      'E-mail this article',
      'Sending your article',
      ...WIDGETS,
      LEDE,
      SECOND,
      '___',
      'Information from: Knoxville News Sentinel, http://www.knoxnews.com',
    );
    const plan = ingestText(page, 'widgets');
    expect(plan.paragraphs).toEqual([LEDE, SECOND]);
    const removed = plan.removals.filter((removal) => removal.ruleId.startsWith('furniture-'));
    // The header's labels right under the headline are the header's; the rest are this rule's but "___", a block
    // with no letter or digit, which the rule-line rule takes first.
    expect(removed.map((removal) => removal.text)).toEqual([
      'Your article has been sent.',
      'Text size +',
      'Information from: Knoxville News Sentinel, http://www.knoxnews.com',
    ]);
    expect(plan.removals).toContainEqual(expect.objectContaining({ ruleId: 'rule-line', text: '___' }));
    expect(plan.frontmatter.review.join('\n')).toContain(
      "Removed by rule furniture-before-story: 'Text size +'",
    );
  });

  it('keeps a section heading above the first paragraph when the story has other headings', () => {
    const body = ['Dan Roe, Contributor', 'Tackling the checklist', LEDE, 'Spending habits', SECOND];
    expect([...furnitureAroundStory(body).keys()]).toEqual([0]);
    expect([...furnitureAroundStory(['Tackling the checklist', LEDE, SECOND]).keys()]).toEqual([0]);
  });

  it("keeps a long title-cased heading above the first paragraph when the story's other headings are as long", () => {
    const post = (words: string) => `Court Grants Relief to Woman Who ${words} in Her Country of Origin`;
    const body = [
      '• Past Blog Posts',
      post('Would Be Subject to Harm by Police Officers'),
      LEDE,
      post('Would Face Persecution by Members of a Cartel'),
      SECOND,
    ];
    expect([...furnitureAroundStory(body).keys()]).toEqual([0]);
  });

  it('keeps the words a cut copy ends on, a list, and what a closing colon introduces', () => {
    expect(furnitureAroundStory([LEDE, SECOND, 'The Trump administration has taken']).size).toBe(0);
    expect(furnitureAroundStory(['+ Added Armor Stands', '+ Added Red Sandstone', LEDE]).size).toBe(0);
    expect(
      furnitureAroundStory([
        LEDE,
        'These were the changes the company made to the game this week:',
        '- Removed Herobrine',
      ]).size,
    ).toBe(0);
    // A toolbar's links are a run of bullets, one of them a single word.
    expect([...furnitureAroundStory(['• Download', '• Transcript of the show', LEDE]).keys()]).toEqual([
      0, 1,
    ]);
  });

  it("takes a widget's or a summary's label under the story for furniture, not for a cut copy's last words", () => {
    for (const label of [
      'Share page with AddThis',
      'Reduced by 66%',
      'Press Release | Organization Chart',
      // How long ago a sidebar's teaser was posted stops on a word in lower case, and is no cut sentence.
      '8 hours ago',
      'hace 2 horas',
    ])
      expect([...furnitureAroundStory([LEDE, SECOND, label]).entries()]).toEqual([
        [2, 'furniture-after-story'],
      ]);
    // Running text's shape still ends a cut copy: a word in lower case, most words in lower case, a long run,
    // a quotation never closed.
    for (const cut of [
      'Duró solamente d',
      '“I think that’s what the judge saw,” Gonzale',
      'The agency works with the Office of International',
      '“Est',
    ])
      expect(furnitureAroundStory([LEDE, SECOND, cut]).size).toBe(0);
  });

  it('keeps the words a copy was cut inside a capitalised word of, when the page prints that word whole', () => {
    const applications =
      'Field office rejections of Applications and Petitions may not be appealed to the office that reviews them.';
    const cut = '(c) Withdrawn Applications and Petit';
    expect(furnitureAroundStory([LEDE, applications, cut]).size).toBe(0);
    // One block may stand between (an advertisement's line), as long as the cut words are right under the story.
    expect(furnitureAroundStory([LEDE, applications, '100% FREE Map', cut]).get(3)).toBeUndefined();
    // Without the whole word on the page, or under a run of furniture, the words are a label's.
    expect(furnitureAroundStory([LEDE, SECOND, cut]).get(2)).toBe('furniture-after-story');
    expect(
      furnitureAroundStory([
        LEDE,
        applications,
        'Witnesses',
        'Mr. Luis Arreaga',
        'Principal Deputy',
        cut,
      ]).get(5),
    ).toBe('furniture-after-story');
    // A plural beside its singular is no cut word ("Organization Chart" with "Charts" above).
    expect(
      furnitureAroundStory([
        LEDE,
        'The Charts show that the office was busier than ever last year.',
        'Organization Chart',
      ]).get(2),
    ).toBe('furniture-after-story');
  });

  it('keeps a short sentence next to the story, and a heading the markup sets right above it', () => {
    expect(furnitureAroundStory(['Duran fled to Hermosillo.', LEDE, SECOND]).size).toBe(0);
    expect(furnitureAroundStory([LEDE, SECOND, 'The hearing resumes Friday.']).size).toBe(0);
    const widgets = ['Sending your article', 'Your article has been sent.', 'Text size +', LEDE];
    expect([...furnitureAroundStory(widgets).keys()]).toEqual([0, 1, 2]);
    expect(furnitureAroundStory(['Our Mission', LEDE], ['Our Mission']).size).toBe(0);
    expect([...furnitureAroundStory(['Our Mission', LEDE]).keys()]).toEqual([0]);
  });

  it("keeps a short finished sentence the markup sets among the story's own paragraphs, however short", () => {
    const page = (after: string) =>
      ingestHtml(`<html><body><article><h1>An officer in search of a safe place</h1>
        <div class="entry-content"><p>${LEDE}</p><p>${SECOND}</p>${after}</div>
        <div class="author-info"><h2>Published by</h2><h3>Jane Roe</h3></div></article></body></html>`);
    const own = page('<p>Code: <a href="https://example.org/code">GitHub</a>.</p>');
    expect(own.paragraphs).toEqual([LEDE, SECOND, 'Code: GitHub.']);
    expect(own.removals.filter((r) => r.ruleId === 'furniture-after-story').map((r) => r.text)).toEqual([
      'Published by',
      'Jane Roe',
    ]);
    // Set apart from the story's paragraphs, in an element of its own, the same line is the page's.
    const apart = page('<div class="more"><p>Code: <a href="https://example.org/code">GitHub</a>.</p></div>');
    expect(apart.paragraphs).toEqual([LEDE, SECOND]);
    expect(apart.removals.map((r) => r.text)).toContain('Code: GitHub.');
  });

  it('takes a heading-shaped stamp or count above the story for furniture, though the story has sections', () => {
    const sections = ['The hearing', SECOND];
    expect([...furnitureAroundStory(['Background', LEDE, ...sections]).keys()]).toEqual([]);
    expect([
      ...furnitureAroundStory(['Actualizado domingo 28/10/2012 03:21 horas', LEDE, ...sections]).keys(),
    ]).toEqual([0]);
    // A count is no heading either; a numbered section's heading is.
    for (const count of ['Visto 314 veces', 'Comments 18'])
      expect([...furnitureAroundStory([count, LEDE, ...sections]).keys()]).toEqual([0]);
    expect([...furnitureAroundStory(['2. Background', LEDE, ...sections]).keys()]).toEqual([]);
  });

  it('leaves a page without text as it is', () => {
    expect(furnitureAroundStory(['Home', 'News', 'Contact']).size).toBe(0);
  });
});

describe('a date among the furniture under the headline', () => {
  it("is the story's date when the page states no other", () => {
    const page = blocks(
      'Mexican journalist asks a judge for asylum in El Paso',
      'By Jane Roe',
      'Associated Press / January 21, 2011',
      'E-mail this article',
      ...WIDGETS,
      LEDE,
      SECOND,
    );
    const plan = ingestText(page, 'stamp-in-furniture');
    expect(plan.paragraphs).toEqual([LEDE, SECOND]);
    expect(plan.frontmatter.published.date).toBe('2011-01-21');
    expect(plan.frontmatter.published.basis).toContain('Associated Press / January 21, 2011');
  });

  it('is read in the common printed forms, once per block, and only from that rule', () => {
    const removal = (text: string, ruleId = 'furniture-before-story') => ({
      ruleId,
      action: 'drop' as const,
      text,
      groups: {},
      yields: [],
    });
    const read = (text: string) =>
      datesInFurniture([removal(text)], 'furniture-before-story').map((evidence) => evidence.date);
    expect(read('AP | Jan. 21 2011')).toEqual(['2011-01-21']);
    expect(read('Redacción / 21 de enero de 2011 | 10:45')).toEqual(['2011-01-21']);
    expect(read('Updated 2011-01-21 - Tools')).toEqual(['2011-01-21']);
    expect(read('January 21, 2011 to February 3, 2011')).toEqual([]);
    expect(read('Text size +')).toEqual([]);
    expect(datesInFurniture([removal('January 21, 2011', 'menu-lines')], 'furniture-before-story')).toEqual(
      [],
    );
  });
});

describe('a list after the story', () => {
  const more = [
    'More Stories from World',
    "- Germany's Merkel shaking again at an event in Berlin",
    "- Arby's flips popularity of plant-based 'meat' on its head",
  ];

  it("is the page's when other furniture sets it apart from the story, and the page is not cut by it", () => {
    expect([...furnitureAroundStory([LEDE, SECOND, ...more]).keys()]).toEqual([2, 3, 4]);
    const plan = ingestText(
      blocks('Mexican journalist asks a judge for asylum in El Paso', LEDE, SECOND, ...more),
      'more',
    );
    expect(plan.paragraphs).toEqual([LEDE, SECOND]);
    expect(plan.frontmatter.truncated).toBe(false);
  });

  it("is the story's right under its last paragraph", () => {
    expect(furnitureAroundStory([LEDE, SECOND, ...more.slice(1)]).size).toBe(0);
  });

  it("is the story's numbered paragraphs when its items are paragraphs, under a heading of the story", () => {
    const numbered = [`1. Background of the claim. ${LEDE} ${SECOND}`, `2. The hearing. ${SECOND} ${LEDE}`];
    expect(furnitureAroundStory([LEDE, SECOND, 'BACKGROUND AND PROCEEDINGS', ...numbered]).size).toBe(0);
    // Items of a few words stay a list of the page's.
    expect([...furnitureAroundStory([LEDE, SECOND, ...more]).keys()]).toEqual([2, 3, 4]);
  });
});
