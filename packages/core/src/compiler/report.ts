import type { DraftSummary, WaitingRecord } from './compile';

/**
 * What `generate` says about drafts: how many await review and which, and the records waiting with them, so
 * a maintainer sees them without their breaking anything. Empty when there are none.
 */
export function formatDraftReport(
  drafts: readonly DraftSummary[],
  waiting: readonly WaitingRecord[] = [],
): string {
  if (drafts.length === 0) return '';
  const name = ({ file, title }: DraftSummary) => (title === null ? file : `${file} (“${title}”)`);
  const head = `${drafts.length} draft${drafts.length === 1 ? '' : 's'} awaiting review`;
  const stray = drafts.some((draft) => !draft.file.startsWith('data/drafts/'));
  const lines =
    drafts.length === 1
      ? [`${head}: ${name(drafts[0] as DraftSummary)}`]
      : [`${head}:`, ...drafts.map((draft) => `  ${name(draft)}`)];
  return [
    ...lines,
    ...waiting.map(
      (record) => `  ${record.kind} "${record.id}" (${record.file}) waits with ${record.drafts.join(', ')}`,
    ),
    '  left out of the build; to publish one, work through its review: list, then move it to data/articles/',
    ...(stray
      ? ['  (drafts belong in data/drafts/; one marked draft: true elsewhere is still left out)']
      : []),
  ].join('\n');
}
