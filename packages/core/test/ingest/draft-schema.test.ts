import { describe, expect, it } from 'vitest';
import { checkDraft } from '../../ingest/index';
import { readSourceFiles } from '../../scripts/lib/read-sources';
import { compileDataset } from '../../src/compiler/compile';
import { formatIssue } from '../../src/compiler/issue';
import { parseSources } from '../../src/compiler/parse-sources';
import { SourceArticleFrontmatterSchema } from '../../src/compiler/source-schema';
import { emptyArchive, ingestSeed, loadRules, packageDir, seedNames } from './helpers';

const archive = emptyArchive();
const rules = loadRules();
const drafts = seedNames().map((name) => ({ name, plan: ingestSeed(name, archive, rules) }));

describe('every draft ingest writes passes the article schema', () => {
  it.each(drafts.map(({ name, plan }) => [name, plan] as const))('%s', (_name, plan) => {
    const check = checkDraft(plan.fileText, plan.paragraphs);
    expect(check.ok ? [] : check.problems).toEqual([]);
    if (!check.ok) return;
    expect(SourceArticleFrontmatterSchema.safeParse(check.frontmatter).success).toBe(true);
    expect(check.frontmatter.draft).toBe(true);
    expect(check.frontmatter.review.length).toBeGreaterThan(3);
    expect(check.frontmatter.id).toBe(plan.id);
  });

  it('the data compiler reads each as a draft awaiting review and leaves it out of the dataset', async () => {
    const shipped = await readSourceFiles(packageDir);
    const published = compileDataset(shipped);
    if (!published.ok) throw new Error(published.issues.map(formatIssue).join('\n'));
    // Under a folder of their own, so drafts already in data/drafts/ cannot share a path with these.
    const added = drafts.map(({ plan }) => ({
      path: `data/drafts/ingested/${plan.id}.md`,
      text: plan.fileText,
    }));
    const files = [...shipped, ...added];
    const { data, issues } = parseSources(files);
    expect(issues).toEqual([]);
    expect(data.drafts.map((d) => d.file)).toEqual(expect.arrayContaining(added.map((file) => file.path)));

    const result = compileDataset(files);
    if (!result.ok) throw new Error(result.issues.map(formatIssue).join('\n'));
    expect(result.stats.drafts.map((d) => d.file).sort()).toEqual(data.drafts.map((d) => d.file).sort());
    // Adding drafts changes nothing that is published.
    expect(result.dataset).toEqual(published.dataset);
  });

  it('checkDraft catches a draft the schema would reject', () => {
    const [first] = drafts;
    if (!first) throw new Error('no drafts');
    const broken = first.plan.fileText.replace(/^titleSource: .*$/m, 'titleSource: headline');
    expect(checkDraft(broken)).toMatchObject({ ok: false });
    const reviewed = first.plan.fileText.replace(/^draft: true$/m, 'draft: false');
    expect(checkDraft(reviewed)).toMatchObject({ ok: false });
  });
});
