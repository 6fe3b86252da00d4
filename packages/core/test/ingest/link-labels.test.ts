import { describe, expect, it } from 'vitest';
import { findMenuRuns } from '../../ingest/clean/menu-runs';
import { ingestText } from './helpers';

const POST = [
  'In an unpublished decision, the court of appeals remanded an application for protection under the Convention Against Torture.',
  '',
  'The Board had not considered whether the government could protect its citizens even though it tried to.',
];

describe("a link's label printed for every post", () => {
  it('is furniture when the same short unpunctuated block stands alone twice or more', () => {
    const plan = ingestText(
      ['Court remands torture claim', '', ...POST, '', 'Comment', '', 'Share', '', 'Comment'].join('\n'),
      'labels',
    );
    expect(plan.paragraphs).toEqual([POST[0], POST[2]]);
    expect(plan.removals.filter((removal) => removal.ruleId === 'repeated-label').map((r) => r.text)).toEqual(
      ['Comment', 'Comment'],
    );
  });

  it('leaves a short block that stands alone once, and repeated sentences', () => {
    const blocks = ['Background', POST[0] ?? '', 'He fled.', POST[2] ?? '', 'He fled.'];
    expect(findMenuRuns(blocks).size).toBe(0);
  });
});

describe('a link to download a document, standing alone', () => {
  it('is furniture: the document it names is not the article', () => {
    const plan = ingestText(
      [
        'Court remands torture claim',
        '',
        ...POST,
        '',
        'Download Doe v. Roe, 2015 WL 1234567 (7th Cir. 2015)',
        '',
        'The court sent the case back to the Board to reconsider its reading of acquiescence.',
      ].join('\n'),
      'download',
    );
    expect(plan.paragraphs).toEqual([
      POST[0],
      POST[2],
      'The court sent the case back to the Board to reconsider its reading of acquiescence.',
    ]);
    expect(plan.removals.map((removal) => removal.ruleId)).toContain('download-link');
  });

  it('leaves a sentence that begins with the word', () => {
    const sentence =
      'Download speeds at the detention center were too slow for the video hearing, his lawyer said.';
    const plan = ingestText(
      ['Court remands torture claim', '', POST[0], '', sentence].join('\n'),
      'download',
    );
    expect(plan.paragraphs.at(-1)).toBe(sentence);
  });
});

describe("a site's colophon", () => {
  it('is furniture in English and Spanish: what the site is built or powered with, or who designed it', () => {
    for (const colophon of [
      'Powered by Tumblr',
      'Proudly powered by WordPress.',
      'Site built with Hugo',
      'Sitio desarrollado con software libre GNU/Linux',
      'Diseño web: Estudio Roe',
    ]) {
      const plan = ingestText(
        ['Court remands torture claim', '', ...POST, '', colophon].join('\n'),
        'colophon',
      );
      expect(plan.paragraphs, colophon).toEqual([POST[0], POST[2]]);
      expect(
        plan.removals.map((removal) => removal.ruleId),
        colophon,
      ).toContain('site-colophon');
    }
  });

  it('leaves a sentence about what powered something', () => {
    for (const sentence of [
      'Powered by fear, the officers left their posts and crossed the bridge that night.',
      'Desarrollo por etapas del proyecto',
    ]) {
      const plan = ingestText(
        ['Court remands torture claim', '', ...POST, '', sentence].join('\n'),
        'colophon',
      );
      expect(plan.paragraphs.at(-1), sentence).toBe(sentence);
    }
  });
});
