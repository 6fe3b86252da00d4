import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { decodeInput, htmlToText, ingestPage } from '../../ingest/index';
import { curatedBySeed, emptyArchive, loadRules, pagesDir } from './helpers';

describe('an HTML page (seed 004 marked up as a news site serves it)', () => {
  const file = join(pagesDir, '004-as-html.html');
  const decoded = decodeInput(readFileSync(file), '004-as-html.html');
  if (!decoded.ok) throw new Error(decoded.message);
  const outcome = ingestPage(
    { text: decoded.text, format: decoded.format, name: '004-as-html' },
    {},
    emptyArchive(),
    loadRules(),
  );
  if (!outcome.ok) throw new Error(outcome.message);
  const { plan } = outcome;

  it('is recognised as HTML', () => {
    expect(decoded.format).toBe('html');
  });

  it('gives the curated article’s paragraphs: entities decoded, markup and chrome gone', () => {
    expect(plan.paragraphs).toEqual(curatedBySeed('004_5983cea0e2c42b85').paragraphs);
  });

  it('takes the headline from <h1>, the dek after it, the date stamp, outlet and site', () => {
    expect(plan.frontmatter).toMatchObject({
      title: 'Court Denies Asylum Appeal by Police Officer From Sonora',
      titleSource: 'outlet',
      dek: 'The Ninth Circuit decision means the former Mexican police officer is almost out of ways to avoid deportation.',
      outlet: 'fronteras-desk',
      via: 'arizona-public-media',
      language: 'en',
      published: { date: '2019-03-22' },
    });
  });

  it('reports the elements it dropped, and never keeps script or style text', () => {
    // The comment rules below the story stand in a <section class="comments">: furniture by its class.
    expect(plan.removals.filter((r) => r.ruleId.startsWith('html-')).map((r) => r.ruleId)).toEqual([
      'html-nav',
      'html-furniture',
      'html-footer',
    ]);
    expect(plan.frontmatter.review.join('\n')).toContain(
      `Removed by the page's markup, which makes it furniture: <section class="comments">`,
    );
    expect(plan.fileText).not.toMatch(/dataLayer|Not article text|font-style/);
    expect(plan.frontmatter.review.join('\n')).toContain(
      "Removed by the page's <nav> element: 'Home News Search'",
    );
  });
});

describe('htmlToText', () => {
  it('reads canonical URL, author, publication time and captions from the markup', () => {
    const { text, hints } = htmlToText(`<html lang="es"><head>
      <link rel="canonical" href="https://example.org/story">
      <meta name="author" content="By Ana Ruiz">
      <meta property="article:published_time" content="2019-03-20T08:00:00Z">
      </head><body><h1>Titular</h1><figure><img alt="x"><figcaption>Foto de la corte.</figcaption></figure>
      <p>Uno&nbsp; dos &amp; tres &#233; &#xE9; &unknown; fin.</p></body></html>`);
    expect(hints).toMatchObject({
      url: { value: 'https://example.org/story' },
      authors: ['Ana Ruiz'],
      published: { value: '2019-03-20T08:00:00Z' },
      captions: ['Foto de la corte.'],
      language: 'es',
      title: 'Titular',
      titleSource: 'h1',
    });
    expect(text).toBe('Titular\n\nUno\u00a0 dos & tres é é &unknown; fin.');
  });

  it('survives broken markup: unclosed tags, a stray "<", an unterminated comment', () => {
    const { text } = htmlToText(
      '<p>Judges weigh 3 < 4 cases<p>Second <b>bold paragraph<div>Third<!-- never closed',
    );
    expect(text).toBe('Judges weigh 3 < 4 cases\n\nSecond bold paragraph\n\nThird');
  });

  it('uses <title> when there is no <h1> or og:title', () => {
    expect(htmlToText('<title>Only a title</title><p>Body text.</p>').hints).toMatchObject({
      title: 'Only a title',
      titleSource: 'title',
    });
  });
});

describe('the headline of an HTML page', () => {
  const body =
    'A former Mexican police officer is almost out of ways to avoid deportation after the Ninth Circuit Court denied an appeal of his asylum case Wednesday.';

  it('takes <title> without the site name when the page has no <h1>', () => {
    const html = `<title>Court Denies Asylum Appeal by Police Officer From Sonora | AZPM</title><p>Court Denies Asylum Appeal by Police Officer From Sonora</p><p>${body}</p>`;
    const outcome = ingestPage({ text: html, format: 'html', name: 'p' }, {}, emptyArchive(), loadRules());
    if (!outcome.ok) throw new Error(outcome.message);
    expect(outcome.plan.frontmatter.title).toBe('Court Denies Asylum Appeal by Police Officer From Sonora');
    expect(outcome.plan.proposals.title.basis).toContain('its <title>');
    expect(outcome.plan.paragraphs).toEqual([body]);
  });

  it('keeps text above the <h1> in the body unless it is a short label', () => {
    const html = `<p>Border</p><h1>Court Denies Asylum Appeal</h1><p>${body}</p>`;
    const labelled = ingestPage({ text: html, format: 'html', name: 'p' }, {}, emptyArchive(), loadRules());
    expect(labelled.ok && labelled.plan.paragraphs).toEqual([body]);
    const long = `<p>${body}</p><h1>Court Denies Asylum Appeal</h1><p>The lawman worked in a small town in Sonora.</p>`;
    const kept = ingestPage({ text: long, format: 'html', name: 'p' }, {}, emptyArchive(), loadRules());
    expect(kept.ok && kept.plan.paragraphs).toEqual([body, 'The lawman worked in a small town in Sonora.']);
  });
});
