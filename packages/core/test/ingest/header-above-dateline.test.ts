import { describe, expect, it } from 'vitest';
import { ingestText } from './helpers';

/*
 * A story's dateline opens its first paragraph, so nothing of the story stands above it: the few short blocks
 * between the headline and a paragraph that opens with a dateline are the header's (a deck, key points, a label),
 * each reported. A long block, or a blogger's words above a story the post reposts, stays in the body.
 */

const HEADLINE = 'Police rescue migrants from a smugglers’ camp';
const DECK =
  'State police and immigration agents found the group in a house near the airport. The smugglers fled before dawn.';
// Each story: its dateline paragraph, then one more ("|" parts the two).
const paragraphsOf = (story: string) => story.split(' | ');
const STORY = paragraphsOf(
  'Tuxtla Gutiérrez; 12/Noviembre/2021.- La policía estatal rescató a veinticinco migrantes que viajaban hacinados en una camioneta cerca del aeropuerto. | Los migrantes fueron llevados a la estación migratoria, donde recibieron atención médica y alimentos.',
);
const STORY_EN = paragraphsOf(
  'TIJUANA – María Cruz tries every day to reach the government’s waiting list for an appointment to ask for asylum at the border. | The mother of two left Honduras in 2021 after the local gangs demanded a tax she could not pay.',
);

describe('blocks between the headline and the dateline', () => {
  it('are the header: a deck of two sentences and a label leave the body, each reported', () => {
    const plan = ingestText([HEADLINE, '', DECK, '', 'Comunicado.', '', ...STORY].join('\n'), 'deck-label');
    expect(plan.frontmatter.title).toBe(HEADLINE);
    expect(plan.paragraphs).toEqual(STORY);
    expect(plan.proposals.dek.value).toBe(DECK);
    expect(
      plan.frontmatter.review.some((note) => note.includes("'Comunicado.' above the story's dateline")),
    ).toBe(true);
  });

  it('are the header under a headline in capitals with an English dateline', () => {
    const plan = ingestText(['EN BREVE', '', DECK, '', ...STORY_EN].join('\n'), 'deck-en');
    expect(plan.paragraphs).toEqual(STORY_EN);
  });

  it('stay when one is longer than a deck, or when the dateline stands further down', () => {
    const long = `${DECK} ${DECK} ${DECK} ${DECK}`;
    expect(ingestText([HEADLINE, '', long, '', ...STORY].join('\n'), 'long').paragraphs).toEqual([
      long,
      ...STORY,
    ]);
    const far = [
      'The agents said the house had been watched for weeks before the raid began.',
      'Neighbours had seen vans arrive at night and leave before the sun came up.',
      'The owner of the house told reporters that he had rented it to a stranger.',
      'He said he had never been inside it since the stranger paid a year ahead.',
    ];
    expect(
      ingestText([HEADLINE, '', ...far.flatMap((b) => [b, '']), ...STORY].join('\n'), 'far').paragraphs,
    ).toEqual([...far, ...STORY]);
  });

  it("stay on a blog: a blogger's words above the story the post reposts are the post's", () => {
    const comment = 'More proof that the border stays dangerous. The police are outgunned.';
    const plan = ingestText(
      [HEADLINE, '', comment, '', ...STORY_EN, '', 'Post a Comment'].join('\n'),
      'blog-repost',
    );
    expect(plan.paragraphs).toEqual([comment, ...STORY_EN]);
  });
});

describe('a line taken out as a running header', () => {
  const LINE = 'Canada brings back visas for visitors from Mexico';
  const TEXT = paragraphsOf(
    'New visa requirements are meant to curb the number of asylum claims, the immigration minister said on Thursday at a news conference. | The minister said that most claims from Mexico are rejected by the refugee board or withdrawn by the people who made them. | The board said it had received more claims from Mexico last year than from any other country, and that most were not yet decided.',
  );

  it('is the headline when every copy of it stands above the story', () => {
    const plan = ingestText(
      [
        'Published February 29, 2024',
        '',
        LINE,
        '',
        LINE,
        LINE,
        '',
        'By Jane Roe',
        '',
        TEXT.join('\n\n'),
      ].join('\n'),
      'printed-thrice',
    );
    expect(plan.frontmatter.title).toBe(LINE);
    expect(plan.paragraphs).toEqual(TEXT);
  });

  it('is no headline when it recurs inside the story, as a printed page’s head does', () => {
    const plan = ingestText(
      [LINE, '', TEXT[0], '', LINE, '', TEXT[1], '', LINE, '', TEXT[2]].join('\n'),
      'running-head',
    );
    expect(plan.frontmatter.title).not.toBe(LINE);
  });
});
