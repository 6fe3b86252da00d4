import type { ArticleGenre } from '../../src/schema/types';
import type { Proposal } from './proposal';
import type { AuthorsProposal } from './propose-authors';
import type { DateProposal } from './propose-date';
import type { OutletProposal } from './propose-outlet';

/** Every metadata field ingest proposes for a draft, each with the evidence for it. */
export type MetadataProposals = {
  title: Proposal<string | null>;
  dek: Proposal<string | null>;
  genre: Proposal<ArticleGenre | null>;
  outlet: OutletProposal;
  authors: AuthorsProposal;
  date: DateProposal;
  url: Proposal<string | null>;
  language: Proposal<string>;
  rights: Proposal<string>;
};
