import type { ArchiveData } from '../archive/archive-data';
import type { BotLocale } from '../i18n/locale';
import type { Messages } from '../i18n/messages';

/** What every card renderer needs: the records, and the language to speak. */
export type RenderContext = {
  readonly data: ArchiveData;
  readonly locale: BotLocale;
  readonly messages: Messages;
};

/** One accent colour per kind of card, so a reply is recognisable at a glance. */
export const CardColour = {
  search: 0x3b82f6,
  article: 0x6366f1,
  person: 0x10b981,
  case: 0xf59e0b,
  figure: 0xef4444,
  about: 0x64748b,
} as const;
