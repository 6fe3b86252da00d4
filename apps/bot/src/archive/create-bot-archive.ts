import type { Archive } from '@asylum-archive/core';
import { createQuery } from '@asylum-archive/query';
import { ArchiveData } from './archive-data';
import type { BotArchive, Versions } from './bot-archive';
import { fingerprint } from './fingerprint';

/** Versions for an archive whose packages the caller does not name. */
const UNNAMED: Versions = { bot: 'unknown', core: 'unknown', query: 'unknown' };

/**
 * The bot's view of one archive — the shipped one or one built by `createArchive`: the same cards,
 * autocomplete, search syntax and `type:` for either.
 */
export function createBotArchive(archive: Archive, versions: Versions = UNNAMED): BotArchive {
  let digest: string | undefined;
  return {
    source: archive,
    data: new ArchiveData(archive),
    runQuery: createQuery(archive).query,
    search: archive.search,
    suggest: archive.suggest,
    versions,
    // Hashing every record costs a few milliseconds: only /about needs it.
    get fingerprint() {
      digest ??= fingerprint({
        articles: archive.articles,
        people: archive.people,
        organizations: archive.organizations,
        places: archive.places,
        cases: archive.cases,
        figures: archive.figures,
        quotes: archive.quotes,
        lexicon: archive.lexicon,
      });
      return digest;
    },
  };
}
