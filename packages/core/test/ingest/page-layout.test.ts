import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { assembleParagraphs } from '../../ingest/clean/assemble-paragraphs';
import { ingestPage } from '../../ingest/index';
import { emptyArchive, ingestSeed, loadRules, readSeed, realArchive, seedNames } from './helpers';

/** Greedy word wrap at `width`, breaking only at ordinary spaces (no-break spaces stay inside words). */
function wrap(paragraph: string, width: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of paragraph.split(' ')) {
    if (line !== '' && line.length + 1 + word.length > width) {
      lines.push(line);
      line = word;
    } else line = line === '' ? word : `${line} ${word}`;
  }
  if (line !== '') lines.push(line);
  return lines;
}

/**
 * A seed as a printout would give it: every line wrapped at `width`, a running header and a page number
 * every `pageLines` lines, and every line numbered — all things the cleaner must undo.
 */
function asPrintout(seed: string, width: number, pageLines = 14): string {
  const wrapped = seed.split('\n').flatMap((line) => (line.trim() === '' ? [''] : wrap(line, width)));
  const paged: string[] = [];
  wrapped.forEach((line, i) => {
    if (i % pageLines === 0) paged.push(`Asylum Archive printout — page ${i / pageLines + 1}`);
    paged.push(line);
    if (i % pageLines === pageLines - 1) paged.push(`Page ${(i + 1) / pageLines}`);
  });
  return paged.map((line, i) => `${String(i + 1).padStart(4)}  ${line}`).join('\n');
}

const archive = emptyArchive();
const rules = loadRules();

function bodyOf(text: string, name: string) {
  const outcome = ingestPage({ text, format: 'text', name }, {}, archive, rules);
  if (!outcome.ok) throw new Error(outcome.message);
  return outcome.plan;
}

describe('hard-wrapped, numbered, paged text', () => {
  describe.each(seedNames())('%s', (name) => {
    const original = ingestSeed(name, archive, rules);
    it.each([60, 72, 90])(
      'printed at %i columns gives the same draft body, headline and captions',
      (width) => {
        const printed = bodyOf(asPrintout(readSeed(name), width), name.replace(/\.txt$/, ''));
        expect(printed.paragraphs).toEqual(original.paragraphs);
        expect(printed.frontmatter.title).toBe(original.frontmatter.title);
        expect(printed.frontmatter.captions).toEqual(original.frontmatter.captions);
        expect(printed.removals.map((r) => r.ruleId)).toEqual(
          expect.arrayContaining(['line-numbers', 'running-header']),
        );
        expect(printed.frontmatter.review.join('\n')).toContain('its lines were joined');
      },
    );
  });

  it('keeps a no-break space at a line end (the curated "the\u00a0 decision")', () => {
    const { paragraphs } = assembleParagraphs([
      'One of Alarcon’s Dallas attorneys said lawyers want to see how the\u00a0',
      'decision applies to their clients, and they have been calling his office since the',
      'denial in early January.',
    ]);
    expect(paragraphs).toEqual([
      'One of Alarcon’s Dallas attorneys said lawyers want to see how the\u00a0 decision applies to their clients, and they have been calling his office since the denial in early January.',
    ]);
  });

  it('keeps one-paragraph-per-line text (blank lines between) exactly as it is, whatever the line lengths', () => {
    const word = fc.stringMatching(/^[A-Za-z’,.]{1,12}$/);
    const paragraph = fc.array(word, { minLength: 3, maxLength: 60 }).map((words) => words.join(' '));
    fc.assert(
      fc.property(fc.array(paragraph, { minLength: 1, maxLength: 10 }), (paragraphs) => {
        const lines = paragraphs.flatMap((p, i) => (i > 0 ? ['', p] : [p]));
        expect(assembleParagraphs(lines).paragraphs).toEqual(paragraphs);
      }),
      { numRuns: 200 },
    );
  });

  it('joins every curated paragraph, wrapped at any width from 40 to 100, back into one line', () => {
    // Published articles only: a draft's body is ingest's output, not yet curated.
    const paragraphs = realArchive()
      .articles.filter((article) => !article.draft)
      .flatMap((article) => article.paragraphs);
    fc.assert(
      fc.property(fc.integer({ min: 40, max: 100 }), (width) => {
        const lines = paragraphs.flatMap((paragraph, i) => [
          ...(i > 0 ? [''] : []),
          ...wrap(paragraph, width),
        ]);
        expect(assembleParagraphs(lines).paragraphs).toEqual(paragraphs);
      }),
      { numRuns: 30 },
    );
  });
});
