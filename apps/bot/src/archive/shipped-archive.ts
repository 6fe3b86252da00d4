import { search, shippedDataset, suggest } from '@asylum-archive/core';
import { query } from '@asylum-archive/query';
import botPackage from '../../package.json' with { type: 'json' };
import { ArchiveData } from './archive-data';
import type { BotArchive } from './bot-archive';
import { fingerprint } from './fingerprint';
import { installedVersion } from './package-version';

let shipped: BotArchive | undefined;

/**
 * The archive that ships in @asylum-archive/core, searched through @asylum-archive/query's syntax — the
 * same engine and syntax as the CLI. Built on first use so that importing the bot stays cheap.
 */
export function shippedArchive(): BotArchive {
  shipped ??= {
    data: new ArchiveData(shippedDataset),
    runQuery: query,
    search,
    suggest,
    versions: {
      bot: botPackage.version,
      core: installedVersion('@asylum-archive/core'),
      query: installedVersion('@asylum-archive/query'),
    },
    fingerprint: fingerprint(shippedDataset),
  };
  return shipped;
}
