import { shippedDataset, suggest } from '@asylum-archive/core';
import corePackage from '@asylum-archive/core/package.json' with { type: 'json' };
import { query } from '@asylum-archive/query';
import queryPackage from '@asylum-archive/query/package.json' with { type: 'json' };
import botPackage from '../../package.json' with { type: 'json' };
import { ArchiveData } from './archive-data';
import type { BotArchive } from './bot-archive';
import { fingerprint } from './fingerprint';

let shipped: BotArchive | undefined;

/**
 * The archive that ships in @asylum-archive/core, searched through @asylum-archive/query's syntax — the
 * same engine and syntax as the CLI. Built on first use so that importing the bot stays cheap.
 */
export function shippedArchive(): BotArchive {
  shipped ??= {
    data: new ArchiveData(shippedDataset),
    runQuery: query,
    suggest,
    versions: { bot: botPackage.version, core: corePackage.version, query: queryPackage.version },
    fingerprint: fingerprint(shippedDataset),
  };
  return shipped;
}
