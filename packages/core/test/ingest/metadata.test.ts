import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { cleanText } from '../../ingest/clean/clean-text';
import { ingestPage, parsePrintedDate, validateFlags } from '../../ingest/index';
import { datesFromRemovals, proposeDate } from '../../ingest/metadata/propose-date';
import { splitArticleFile } from '../../src/compiler/parse-sources';
import { curatedBySeed, dataDir, emptyArchive, ingestSeed, loadRules, readSeed } from './helpers';

/** The curated frontmatter of the article made from `seed`, as the curators wrote it. */
function curatedFrontmatter(seed: string): Record<string, unknown> {
  const article = curatedBySeed(seed);
  const parts = splitArticleFile(readFileSync(join(dataDir, article.file), 'utf8'));
  return parse(parts?.frontmatter ?? '') as Record<string, unknown>;
}

describe('metadata proposed from the seeds agrees with the curators wherever the page states it', () => {
  it.each([['002_c0c8923120210115'], ['003_897bff44505dbb7c'], ['004_5983cea0e2c42b85']])(
    '%s: headline, dek, outlet and via',
    (seed) => {
      const { frontmatter } = ingestSeed(`${seed}.txt`);
      const curated = curatedFrontmatter(seed);
      expect(frontmatter.title).toBe(curated.title);
      expect(frontmatter.titleSource).toBe('outlet');
      expect(frontmatter.dek).toBe(curated.dek);
      expect(frontmatter.outlet).toBe(curated.outlet);
      expect(frontmatter.via).toBe(curated.via);
      expect(frontmatter.captions).toEqual(curated.captions);
    },
  );

  it.each([['000_10893fed5bf555e6'], ['001_598eb034a4bfeef7']])(
    '%s: the page lost its headline, so the title stays null (editorial) and the bio names the author',
    (seed) => {
      const plan = ingestSeed(`${seed}.txt`);
      expect(plan.frontmatter.title).toBeNull();
      expect(plan.frontmatter.titleSource).toBe('editorial');
      expect(plan.frontmatter.authors).toEqual(curatedFrontmatter(seed).authors);
      // The bio says "a reporter for Reveal"; the archive lists CIR, not "Reveal", so the outlet is left to
      // the maintainer, with the name the page gives.
      expect(plan.frontmatter.outlet).toBeNull();
      expect(plan.frontmatter.review.join('\n')).toContain('The page names the outlet "Reveal"');
      expect(plan.frontmatter.rights).toContain(
        "'Republish our articles for free, online or in print, under a Creative Commons license.'",
      );
    },
  );

  it('004: the only date on the page is its "Modified" stamp, proposed with that basis', () => {
    const { frontmatter } = ingestSeed('004_5983cea0e2c42b85.txt');
    const curated = curatedFrontmatter('004_5983cea0e2c42b85').published as { date: unknown };
    expect(frontmatter.published.date).toBe('2019-03-22');
    expect(String(curated.date)).toBe('2019-03-22');
    expect(frontmatter.published.basis).toBe(
      "stated on the page: '/ Modified mar 22, 2019 11:28 a.m.' (a last-modified stamp, the only date the page gives; no publication date is shown)",
    );
  });

  it.each([
    ['000_10893fed5bf555e6'],
    ['001_598eb034a4bfeef7'],
    ['002_c0c8923120210115'],
    ['003_897bff44505dbb7c'],
  ])('%s: no date stamp, so the date stays null (unknown), never guessed', (seed) => {
    const { frontmatter } = ingestSeed(`${seed}.txt`);
    expect(frontmatter.published).toEqual({
      date: null,
      basis: 'unknown: the saved page carries no date stamp',
    });
    expect(frontmatter.url).toBeNull();
    expect(frontmatter.summary).toBeNull();
  });

  it('proposes the archive id of a known author and reports an unknown one by name', () => {
    const archive = emptyArchive();
    const page = readSeed('000_10893fed5bf555e6.txt').replace(
      'Andrew Becker is a reporter',
      'Ana Ruiz Soto is a reporter',
    );
    const outcome = ingestPage({ text: page, format: 'text', name: 'bio' }, {}, archive, loadRules());
    if (!outcome.ok) throw new Error(outcome.message);
    expect(outcome.plan.frontmatter.authors).toEqual([]);
    expect(outcome.plan.frontmatter.review.join('\n')).toContain(
      'The page names "Ana Ruiz Soto" as an author',
    );
  });
});

describe('dates the page prints', () => {
  it.each([
    ['mar 22, 2019', '2019-03-22'],
    ['March 20, 2019', '2019-03-20'],
    ['March 19, 2014', '2014-03-19'],
    ['Sept. 3, 2010', '2010-09-03'],
    ['22 March 2019', '2019-03-22'],
    ['2019-03-22', '2019-03-22'],
    ['2019-03-22T11:28:00-07:00', '2019-03-22'],
    ['January 2010', '2010-01'],
    ['5 de marzo de 2019', '2019-03-05'],
    ['February 30, 2019', null],
    ['Smarch 3, 2019', null],
    ['March 3', null],
    // A stamp's clock after the date, and a weekday written out before it.
    ['August 18, 2010 3:21 PM PDT', '2010-08-18'],
    ['December 29 2014 9:11pm', '2014-12-29'],
    ['Thursday, August 18, 2010', '2010-08-18'],
    ['jueves, 9 de enero de 2014 10:21', '2014-01-09'],
    ['martes 12 de noviembre de 2021', '2021-11-12'],
    ['Tue, Nov 12, 2021', '2021-11-12'],
    ['12 de noviembre de 2021 - 10:45', '2021-11-12'],
    ['12.11.2021 10:45 h', '2021-11-12'],
    ['Thu, Dec 25 2014 16:57:37 +0000', '2014-12-25'],
    ['Smarch 3, 2019 3:21 PM', null],
    ['Someday, March 3, 2019', null],
  ])('%s → %s', (printed, iso) => {
    expect(parsePrintedDate(printed)).toBe(iso);
  });

  const stampDate = (page: string) => {
    const cleaned = cleanText(page, loadRules(), { outletNames: [] });
    return { body: cleaned.paragraphs, date: proposeDate(datesFromRemovals(cleaned.removals)) };
  };

  it.each([
    ['/ Modified mar 22, 2019 11:28 a.m.', '2019-03-22', 'last-modified stamp'],
    ['Filed March 20, 2019', '2019-03-20', "stated on the page: 'Filed March 20, 2019'"],
    ['March 19, 2014', '2014-03-19', "stated on the page: 'March 19, 2014'"],
    ['Published: Wednesday, March 20, 2019 at 4:15 PM MST', '2019-03-20', 'Published'],
  ])('a stamp line "%s" is removed from the body and proposed as %s', (stamp, date, basis) => {
    const result = stampDate(
      `${stamp}\n\nThe judge concluded that he could escape cartel hitmen by moving to another place in Mexico.`,
    );
    expect(result.date.value).toBe(date);
    expect(result.date.basis).toContain(basis);
    expect(result.body).toEqual([
      'The judge concluded that he could escape cartel hitmen by moving to another place in Mexico.',
    ]);
  });

  it('prefers a publication stamp over a later "Updated" one', () => {
    const result = stampDate('Updated March 22, 2019\n\nFiled March 20, 2019\n\nDuran fled to Hermosillo.');
    expect(result.date).toEqual({
      value: '2019-03-20',
      basis: "stated on the page: 'Filed March 20, 2019'",
      from: 'stated',
    });
  });
});

describe('flags override the proposals; bad flags are refused with the fix', () => {
  const archive = emptyArchive();

  it('overrides title, outlet (by id or name), date and url', () => {
    const flags = validateFlags(
      {
        title: 'Canada Denies Asylum',
        outlet: 'Center for Investigative Reporting',
        date: '2009-07',
        url: 'https://example.org/story',
      },
      archive,
    );
    if (!flags.ok) throw new Error(flags.problems.join('; '));
    expect(flags.flags.outlet).toBe('center-for-investigative-reporting');
    const outcome = ingestPage(
      { text: readSeed('000_10893fed5bf555e6.txt'), format: 'text', name: '000_10893fed5bf555e6' },
      flags.flags,
      archive,
      loadRules(),
    );
    if (!outcome.ok) throw new Error(outcome.message);
    const { frontmatter } = outcome.plan;
    expect(frontmatter.title).toBe('Canada Denies Asylum');
    expect(frontmatter.titleSource).toBe('editorial');
    expect(frontmatter.outlet).toBe('center-for-investigative-reporting');
    expect(frontmatter.published.date).toBe('2009-07');
    expect(frontmatter.published.basis).toContain('--date');
    expect(frontmatter.url).toBe('https://example.org/story');
    expect(outcome.plan.id).toBe('center-for-investigative-reporting-canada-denies-asylum');
  });

  it.each([
    [{ date: '2019-02-30' }, '--date "2019-02-30" is not a real date'],
    [{ date: 'March 2019' }, 'use YYYY-MM-DD'],
    [{ url: 'ftp://example.org/x' }, 'is not an http(s) address'],
    [{ url: 'not a url' }, 'is not an http(s) address'],
    [{ outlet: 'the-daily-planet' }, 'is not an outlet in data/organizations.yaml'],
    [{ title: '   ' }, '--title is empty'],
  ])('refuses %o', (raw, message) => {
    const result = validateFlags(raw, archive);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.problems.join('\n')).toContain(message);
  });
});

describe('dates as Spanish-language pages print them', () => {
  const STORY =
    'La policía de Ciudad Juárez pidió ayuda al gobierno federal después de que tres agentes cruzaron el puente para pedir asilo.';
  const dateOf = (...header: string[]) => {
    const outcome = ingestPage(
      {
        text: ['Tres policías piden asilo en El Paso', ...header, STORY].join('\n\n'),
        format: 'text',
        name: 'p',
      },
      {},
      emptyArchive(),
      loadRules(),
    );
    if (!outcome.ok) throw new Error(outcome.message);
    return outcome.plan.frontmatter.published.date;
  };

  it('reads a Spanish stamp, with or without its label, weekday and time', () => {
    expect(dateOf('Publicado el martes, 16 de junio de 2010 a las 10:30 hs')).toBe('2010-06-16');
    expect(dateOf('16 junio, 2010')).toBe('2010-06-16');
    expect(dateOf('Fecha: 3 de setiembre del 2009')).toBe('2009-09-03');
  });

  it('prefers the publication stamp to an "Actualizado" one', () => {
    expect(dateOf('Actualizado: 18 de junio de 2010', 'Publicado: 16 de junio de 2010')).toBe('2010-06-16');
    expect(dateOf('Actualizado: 18 de junio de 2010')).toBe('2010-06-18');
  });

  it('reads a date written with full stops day first ("07.12.2017"), and no impossible one', () => {
    expect(parsePrintedDate('07.12.2017')).toBe('2017-12-07');
    expect(parsePrintedDate('31.02.2017')).toBeNull();
  });
});
