import type { BotArchive } from '../archive/bot-archive';
import type { RenderContext } from '../cards/render-context';

/** What a command handler reads: the archive and the asker's language. */
export type CommandContext = RenderContext & { readonly archive: BotArchive };
