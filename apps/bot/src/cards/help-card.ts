import { commands } from '../commands/definitions';
import { localizedCommandName, localizedOptionName } from '../commands/localized-names';
import type { MessageBody } from '../discord/fit-message';
import { CardColour, type RenderContext } from './render-context';

/** /help: every command with its options and what it shows, then the search syntax with examples. */
export function renderHelpCard(context: RenderContext): MessageBody {
  const { messages, locale } = context;
  const lines = commands.map((command) => {
    const options = command.options.map((option) => {
      const name = localizedOptionName(command.name, option.name, locale);
      return 'required' in option && option.required === true ? `${name}:…` : `[${name}]`;
    });
    const usage = [localizedCommandName(command.name, locale), ...options].join(' ');
    const description = locale === 'es' ? command.description_localizations['es-ES'] : command.description;
    return `\`${usage}\` — ${description}`;
  });
  return {
    embeds: [
      {
        title: messages.helpTitle,
        description: messages.helpIntro,
        color: CardColour.about,
        fields: [
          { name: messages.helpCommands, value: lines.join('\n') },
          {
            name: messages.helpSyntax,
            value: [
              ...messages.helpSyntaxText,
              messages.helpHide(localizedCommandName('search', locale)),
            ].join('\n'),
          },
        ],
      },
    ],
  };
}
