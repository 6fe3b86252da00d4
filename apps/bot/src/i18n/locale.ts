/** The interface languages this bot speaks. Discord sends `es-ES` and `es-419`; both get Spanish. */
export const BOT_LOCALES = ['en', 'es'] as const;
export type BotLocale = (typeof BOT_LOCALES)[number];

export function toBotLocale(discordLocale: string | undefined): BotLocale {
  return discordLocale?.toLowerCase().startsWith('es') ? 'es' : 'en';
}

/** The BCP 47 tag used for dates, numbers and country names in each interface language. */
export const INTL_LOCALE: Record<BotLocale, string> = { en: 'en-US', es: 'es-ES' };
