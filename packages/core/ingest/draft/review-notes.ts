import type { Removal } from '../clean/removal';
import { describeOverlap, type OverlapVerdict } from '../dedupe/find-overlaps';
import type { MetadataProposals } from '../metadata/metadata-proposals';
import { type Proposal, quote, quoteEnd } from '../metadata/proposal';

export type ReviewEvidence = MetadataProposals & {
  removals: readonly Removal[];
  labels: readonly string[];
  /** Blocks between the headline and the story's dateline, taken out as the header's. */
  aboveDateline?: readonly string[];
  titleSource: 'outlet' | 'editorial';
  captions: readonly string[];
  overlaps: OverlapVerdict;
  paragraphs: readonly string[];
  wrapped: boolean;
  truncated: Proposal<boolean>;
  encoding?: string | undefined;
  idFromTitle: boolean;
  archiveProblems: readonly string[];
};

/**
 * The draft's `review:` list — what the maintainer must check or decide before the article joins the
 * dataset, each with the evidence ingest used. Printed by the CLI as "review next".
 */
export function buildReviewNotes(e: ReviewEvidence): string[] {
  const notes: string[] = [];

  for (const overlap of e.overlaps.nearDuplicates) {
    notes.push(
      `Near-duplicate of ${describeOverlap(overlap)}. Check whether this page is a reprint of it; if so, do not add it.`,
    );
  }

  if (e.title.value === null) {
    notes.push('title: the page has no headline. Write one and keep titleSource: editorial.');
  } else if (e.titleSource === 'editorial') {
    notes.push(
      `title: ${e.title.basis}; titleSource is editorial — set it to outlet if this is the outlet's own headline.`,
    );
  } else {
    notes.push(`title: ${e.title.basis}. Check it is the headline, not a section label.`);
  }
  if (e.dek.value !== null) {
    notes.push(
      `dek: ${e.dek.basis}. If it is the first paragraph rather than a subtitle, move it back into the body.`,
    );
  }
  notes.push(
    e.genre.value === null
      ? 'genre: not recognised. Set news-report, court-opinion, blog-post, government-page or organization-page.'
      : `genre: ${e.genre.value} — ${e.genre.basis}. Check it.`,
  );
  for (const label of e.labels) {
    notes.push(
      `Dropped ${quote(label)} beside the headline as a label (kicker, section name, breadcrumb or image label); put it back if it is article text.`,
    );
  }
  for (const block of e.aboveDateline ?? []) {
    notes.push(
      `Dropped ${quote(block)} above the story's dateline as the header's (a deck, key point or label: the story opens at its dateline); put it back if it is article text.`,
    );
  }
  if (e.captions.length > 0) {
    notes.push(
      `captions: ${e.captions.length} photo caption(s) moved out of the body; check each is a caption.`,
    );
  }

  notes.push(
    `Body: ${e.paragraphs.length} paragraph(s). Compare them with the saved page, word for word; it ends ${quoteEnd(e.paragraphs.at(-1) ?? '')}.`,
  );
  for (const removal of e.removals) {
    if (removal.action === 'caption') continue;
    const by =
      removal.ruleId === 'html-outside-article'
        ? "standing outside the article's element (the one around its headline that holds its paragraphs)"
        : removal.ruleId === 'html-furniture'
          ? `the page's markup, which makes it furniture: ${removal.groups.element ?? 'its element'}`
          : removal.ruleId.startsWith('html-')
            ? `the page's <${removal.ruleId.slice(5)}> element`
            : `rule ${removal.ruleId}`;
    notes.push(`Removed by ${by}: ${quote(removal.text, 100)}. Restore it if it is article text.`);
  }
  if (e.wrapped) notes.push('The page was hard-wrapped; its lines were joined. Check the paragraph breaks.');
  if (e.encoding && e.encoding !== 'utf-8') {
    notes.push(`The file was read as ${e.encoding}; check accented letters and quotes came through.`);
  }

  if (e.outlet.outlet.value !== null)
    notes.push(`outlet: ${e.outlet.outlet.value} — ${e.outlet.outlet.basis}.`);
  else
    notes.push('outlet: unknown. Set it to an organization id from data/organizations.yaml (kind: outlet).');
  for (const unknown of e.outlet.unknownNames) {
    notes.push(
      `The page names the outlet "${unknown.name}" (${unknown.where}), which data/organizations.yaml does not list: add it (kind: outlet) or use the id it is listed under.`,
    );
  }
  if (e.outlet.via.value !== null) notes.push(`via: ${e.outlet.via.value} — ${e.outlet.via.basis}.`);

  for (const author of e.authors.authors) notes.push(`authors: ${author.value} — ${author.basis}.`);
  for (const unknown of e.authors.unknownNames) {
    notes.push(
      `The page names "${unknown.name}" as an author (${unknown.where}), who is not in data/people.yaml: add them (roles: [${e.genre.value === 'court-opinion' ? 'judge' : 'reporter'}]) and list their id in authors.`,
    );
  }
  if (e.authors.authors.length === 0 && e.authors.unknownNames.length === 0) {
    notes.push('authors: the page names none; leave [] rather than guess.');
  }

  if (e.date.value !== null) notes.push(`published: ${e.date.value} — ${e.date.basis}. Check it.`);
  else {
    notes.push(
      'published: no date stamp on the page. Set a date only from evidence in the text (basis "inferred from text: …" citing the words); otherwise keep null and explain in the basis ("unknown: …").',
    );
  }
  notes.push(
    e.url.value !== null
      ? `url: ${e.url.basis}.`
      : 'url: null — the page does not state its address; add it only from the page itself or a source you can cite.',
  );
  notes.push(`language: ${e.language.value} — ${e.language.basis}.`);
  notes.push(`rights: ${e.rights.basis}; check the wording.`);
  notes.push('summary: write one or two sentences of your own (it is marked editorial).');
  notes.push(
    'topics: add kebab-case tags from the shared vocabulary (asylum, police, immigration-court, …).',
  );
  notes.push(
    e.truncated.value
      ? `truncated: true — ${e.truncated.basis}. Find the rest of the article if you can.`
      : `truncated: false — ${e.truncated.basis}; set true if the saved page ends mid-article.`,
  );
  if (!e.idFromTitle)
    notes.push(
      'id: rename the file and its id to outlet-and-headline (like the curated articles) once the title is set.',
    );
  for (const problem of e.archiveProblems) notes.push(`Seen while reading data/: ${problem}.`);
  notes.push(
    'Then remove draft and review, move the file from data/drafts/ to data/articles/, add people, places, cases, figures and quotes the article supports, run `pnpm --filter @asylum-archive/core generate`, and add a changeset.',
  );
  return notes;
}
