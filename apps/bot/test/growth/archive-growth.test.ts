import { appendFileSync, cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { createArchive, type Dataset, shippedDataset } from '@asylum-archive/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runProcess } from '../../../../tooling/testing/run-process.ts';
import { createBotArchive } from '../../src/archive/create-bot-archive';
import { createInteractionHandler } from '../../src/index';
import { chatInput, messageOf, string } from '../helpers/interactions';
import { limitViolations } from '../helpers/limits';

/*
 * The archive grows: a sixth article (fixture/article.md, with a person, a case event, a figure and a quote
 * citing it) is added to a temporary copy of packages/core/data, compiled by the real `generate` script, and
 * must be searchable, suggested and rendered by the /article card — without any test naming it elsewhere.
 * A draft added beside it must change nothing that is published.
 */

const here = dirname(fileURLToPath(import.meta.url));
const fixture = join(here, 'fixture');
const coreDir = join(here, '..', '..', '..', '..', 'packages', 'core');
const tsx = pathToFileURL(createRequire(import.meta.url).resolve('tsx')).href;

const ARTICLE_ID = 'growth-gazette-quintanilla-seeks-refuge';
const articleText = readFileSync(join(fixture, 'article.md'), 'utf8');
const front = {
  title: /^title: "(.*)"$/m.exec(articleText)?.[1] ?? '∅',
  url: /^url: (.*)$/m.exec(articleText)?.[1] ?? '∅',
};

const temporary: string[] = [];
afterAll(() => {
  for (const dir of temporary) rmSync(dir, { recursive: true, force: true });
});

/** A copy of the shipped data, grown as a maintainer would grow it, compiled by `generate --json`. */
async function compileCopy(options: { article: boolean; draft: boolean }) {
  const root = mkdtempSync(join(tmpdir(), 'archive-growth-'));
  temporary.push(root);
  const data = join(root, 'data');
  cpSync(join(coreDir, 'data'), data, { recursive: true });
  if (options.article) {
    cpSync(join(fixture, 'article.md'), join(data, 'articles', `${ARTICLE_ID}.md`));
    // Each file in fixture/append/ is appended to the data file of the same name.
    for (const file of readdirSync(join(fixture, 'append'))) {
      appendFileSync(join(data, file), `\n${readFileSync(join(fixture, 'append', file), 'utf8')}`);
    }
  }
  if (options.draft) {
    mkdirSync(join(data, 'drafts'), { recursive: true });
    cpSync(join(fixture, 'draft.md'), join(data, 'drafts', 'growth-gazette-draft-awaiting-review.md'));
  }
  const out = join(root, 'dataset.json');
  const result = await runProcess(
    process.execPath,
    ['--import', tsx, join(coreDir, 'scripts', 'build-data.ts'), '--data-dir', data, '--json', out],
    { cwd: root, timeoutMs: 120_000 },
  );
  if (result.code !== 0) throw new Error(`generate failed:\n${result.stderr}${result.stdout}`);
  return { dataset: JSON.parse(readFileSync(out, 'utf8')) as Dataset, output: result.stdout + result.stderr };
}

let grown: Dataset;
let withDraft: { dataset: Dataset; output: string };
beforeAll(async () => {
  [grown, withDraft] = await Promise.all([
    compileCopy({ article: true, draft: false }).then((result) => result.dataset),
    compileCopy({ article: true, draft: true }),
  ]);
}, 240_000);

describe('the archive grows by one article, and nothing else needs to change', () => {
  it('compiles the sixth article with its person, case event, figure and quote', () => {
    expect(grown.articles.map((a) => a.id)).toEqual(
      expect.arrayContaining([...shippedDataset.articles.map((a) => a.id), ARTICLE_ID]),
    );
    expect(grown.articles).toHaveLength(shippedDataset.articles.length + 1);
    const cites = (record: { citation: { articleId: string } }) => record.citation.articleId === ARTICLE_ID;
    expect(grown.figures.filter(cites).map((f) => f.value)).toEqual([14]);
    expect(grown.quotes.filter(cites).map((q) => q.speaker)).toEqual(['tomasa-quintanilla-ejemplo']);
    const claim = grown.cases.find((c) => c.articleIds.includes(ARTICLE_ID));
    expect(claim).toMatchObject({ claimant: 'tomasa-quintanilla-ejemplo', outcome: 'denied' });
    const person = grown.people.find((p) => p.id === 'tomasa-quintanilla-ejemplo');
    expect(new Set(person?.mentions.map((m) => m.articleId))).toEqual(new Set([ARTICLE_ID]));
  });

  it('search finds it and suggest offers it', async () => {
    const archive = await createArchive(grown);
    expect(archive.search('quintanilla refuge tucson').hits[0]?.articleId).toBe(ARTICLE_ID);
    expect(archive.suggest('quintanilla', { kinds: ['article'] })).toEqual(
      expect.arrayContaining([expect.objectContaining({ kind: 'article', id: ARTICLE_ID })]),
    );
    expect(archive.suggest('quintan')).toEqual(
      expect.arrayContaining([expect.objectContaining({ kind: 'person', id: 'tomasa-quintanilla-ejemplo' })]),
    );
  });

  it("the bot's /article card renders it, linked, within Discord's limits", async () => {
    const handle = createInteractionHandler({ archive: createBotArchive(await createArchive(grown)) });
    const response = await handle(chatInput('article', [string('article', ARTICLE_ID)]));
    expect(limitViolations(response)).toEqual([]);
    const [embed] = messageOf(response).embeds ?? [];
    expect(embed?.title).toContain(front.title);
    expect(embed?.url).toBe(front.url);
  });

  it('a draft beside it changes nothing that is published, and generate reports it', () => {
    expect(withDraft.dataset).toEqual(grown);
    // The data copied may hold drafts of its own (a maintainer may commit one while its review goes on).
    expect(withDraft.output).toMatch(/\d+ drafts? awaiting review/);
    expect(withDraft.output).toContain('data/drafts/growth-gazette-draft-awaiting-review.md');
  });
});
