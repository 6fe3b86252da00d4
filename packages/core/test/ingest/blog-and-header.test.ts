import { describe, expect, it } from 'vitest';
import { ingestText } from './helpers';

const ingest = (text: string) => ingestText(text, 'sample-page');

const STORY = [
  'The officer crossed the bridge at night and asked the agents at the port of entry for protection from the men who had threatened him.',
  'His lawyer said the case would take years to decide, and that the officer would wait for it in detention.',
];

describe('a short block under the headline', () => {
  it('stays the first paragraph when nothing on the page marks it as a subtitle', () => {
    const plan = ingest(
      [
        'An officer in search of a safe place to live',
        'More proof that things are grim. The police are outmatched.',
        ...STORY,
      ].join('\n\n'),
    );
    expect(plan.frontmatter.title).toBe('An officer in search of a safe place to live');
    expect(plan.frontmatter.dek).toBeNull();
    expect(plan.paragraphs[0]).toBe('More proof that things are grim. The police are outmatched.');
  });

  it('is the subtitle when a removed block (a photo caption) separates it from the story', () => {
    const plan = ingest(
      [
        'An officer in search of a safe place to live',
        'An officer fled north. Will a judge send him back?',
        'The bridge at dawn. (AP Photo/Jane Roe)',
        ...STORY,
      ].join('\n\n'),
    );
    expect(plan.frontmatter.dek).toBe('An officer fled north. Will a judge send him back?');
    expect(plan.paragraphs).toEqual(STORY);
    expect(plan.frontmatter.review.join('\n')).toContain('separates it from the story');
  });

  it("is the subtitle when the story's first sentence restates it", () => {
    const dek = 'The ruling means the former officer is almost out of ways to avoid deportation.';
    const lede =
      'A former officer is almost out of ways to avoid deportation after the court denied his appeal Wednesday. He plans to ask again.';
    const plan = ingest(['An officer in search of a safe place to live', dek, lede, ...STORY].join('\n\n'));
    expect(plan.frontmatter.dek).toBe(dek);
    expect(plan.paragraphs[0]).toBe(lede);
  });
});

describe('a blog post', () => {
  const post = [
    '« An older post | Main | A newer post »',
    'Tuesday, May 20, 2008',
    'Officials are seeking asylum',
    ...STORY,
    'Posted by almamia at May 20, 2008 11:21 AM',
    'No comments:',
    'Post a Comment',
    'Please be civil. Thank you.',
  ].join('\n\n');
  const plan = ingest(post);

  it('keeps only the post: navigation, signature and comment footer are removed, each with its rule', () => {
    expect(plan.paragraphs).toEqual(STORY);
    expect(plan.removals.map((removal) => removal.ruleId)).toEqual(
      expect.arrayContaining(['blog-post-navigation', 'blog-posted-by', 'blog-comment-footer']),
    );
    const notes = plan.frontmatter.review.join('\n');
    expect(notes).toContain('Please be civil');
  });

  it('is proposed as a blog post, signed by the name on its signature line, dated by its stamp', () => {
    expect(plan.frontmatter.genre).toBe('blog-post');
    expect(plan.proposals.authors.unknownNames.map((unknown) => unknown.name)).toEqual(['almamia']);
    expect(plan.frontmatter.published.date).toBe('2008-05-20');
  });

  it('is not called truncated when its comment footer shows where it ends', () => {
    const unfinished = post.replace(
      STORY[1] ?? '',
      'His lawyer said the case would take years - Officials are seeking asylum',
    );
    expect(ingest(unfinished).frontmatter.truncated).toBe(false);
    expect(ingest(STORY.join('\n\n').replace(/\.$/, ' and')).frontmatter.truncated).toBe(true);
  });
});

describe('bylines as pages print them', () => {
  it('takes a name standing above a reporter’s desk line as the byline, and reports both', () => {
    const plan = ingest(
      [
        'An officer in search of a safe place to live',
        'Chris Hawley',
        'Republic Mexico City Bureau',
        ...STORY,
      ].join('\n\n'),
    );
    expect(plan.paragraphs).toEqual(STORY);
    expect(plan.proposals.authors.unknownNames.map((unknown) => unknown.name)).toEqual(['Chris Hawley']);
    expect(plan.removals.map((removal) => removal.ruleId)).toEqual(
      expect.arrayContaining(['byline-above-desk', 'desk-line']),
    );
  });

  it('ends a byline’s list of names at the first job title: what follows describes the last name', () => {
    const plan = ingest(
      [
        'An officer in search of a safe place to live',
        'By Daniel Kahn Gillmor, Senior Staff Technologist, ACLU Speech, Privacy, and Technology Project',
        ...STORY,
      ].join('\n\n'),
    );
    expect(plan.proposals.authors.unknownNames.map((unknown) => unknown.name)).toEqual([
      'Daniel Kahn Gillmor',
    ]);
  });
});

describe('a short line between the headline and the body', () => {
  const decision = (first: string) =>
    ingest(
      [
        'Decision of the Refugee Protection Division',
        'REASONS FOR DECISION',
        first,
        '[1] This is the decision of the Refugee Protection Division in the claim of a citizen of Mexico.',
        'DETERMINATION',
        '[2] I find that the claimant is a person in need of protection under the Act.',
      ].join('\n\n'),
    );

  it('is the body’s first section heading when the body has more headings of its shape, and stays', () => {
    const plan = decision('INTRODUCTION');
    expect(plan.paragraphs[0]).toBe('INTRODUCTION');
    expect(plan.paragraphs).toContain('DETERMINATION');
    expect(plan.frontmatter.review.join('\n')).toContain(
      "Dropped 'REASONS FOR DECISION' beside the headline",
    );
  });

  it('is still a label when nothing below has its shape', () => {
    const plan = ingest(
      ['An officer in search of a safe place to live', 'PHOTO GALLERY', ...STORY].join('\n\n'),
    );
    expect(plan.paragraphs).toEqual(STORY);
  });
});
