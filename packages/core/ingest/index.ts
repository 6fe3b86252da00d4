/** The pure side of `pnpm ingest`: text in, draft and evidence out. The CLI is scripts/ingest.ts. */
export {
  type ArchivedArticle,
  type ArchiveSnapshot,
  type DataFile,
  readArchiveSnapshot,
} from './archive/archive-snapshot';
export { type CleanedText, cleanText } from './clean/clean-text';
export type { Removal } from './clean/removal';
export {
  DUPLICATE_THRESHOLD,
  describeOverlap,
  findOverlaps,
  NEAR_DUPLICATE_THRESHOLD,
  type Overlap,
  type OverlapVerdict,
} from './dedupe/find-overlaps';
export { checkDraft, type DraftCheck, type DraftFrontmatter, renderDraft } from './draft/render-draft';
export { type IngestFlags, type RawFlags, validateFlags } from './flags';
export { type IngestOutcome, type IngestPlan, ingestPage, type PageSource, withId } from './ingest-page';
export { type DecodedInput, decodeInput, MAX_INPUT_BYTES } from './input/decode-input';
export { htmlToText } from './input/html-to-text';
export { parsePrintedDate } from './metadata/parse-date';
export { type BoilerplateRule, parseBoilerplateRules, RulesFileError } from './rules/rule-schema';
