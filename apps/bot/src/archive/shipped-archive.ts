import { shippedArchive } from '@asylum-archive/core';
import botPackage from '../../package.json' with { type: 'json' };
import type { BotArchive } from './bot-archive';
import { createBotArchive } from './create-bot-archive';
import { installedVersion } from './package-version';

let shipped: BotArchive | undefined;

/**
 * The bot over the archive that ships in @asylum-archive/core, searched through @asylum-archive/query's
 * syntax — the same engine and syntax as the CLI. Built on first use so that importing the bot stays cheap.
 */
export function shippedBotArchive(): BotArchive {
  shipped ??= createBotArchive(shippedArchive, {
    bot: botPackage.version,
    core: installedVersion('@asylum-archive/core'),
    query: installedVersion('@asylum-archive/query'),
  });
  return shipped;
}
