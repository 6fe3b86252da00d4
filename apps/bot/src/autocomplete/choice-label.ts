import { formatFigureValue } from '../cards/figure-value';
import type { RenderContext } from '../cards/render-context';
import { yearOf } from '../i18n/format';
import type { EntityKind } from '../i18n/messages';

/**
 * What a person sees for a record in an autocomplete list, in their language: an article with its outlet
 * and year, a person with their roles, a case with its outcome, a figure with its value. Undefined for an id
 * the archive does not hold.
 */
export function choiceLabel(kind: EntityKind, id: string, context: RenderContext): string | undefined {
  const { data, messages } = context;
  switch (kind) {
    case 'article': {
      const article = data.article(id);
      if (article === undefined) return undefined;
      return `${article.title} — ${data.outletName(article)}, ${yearOf(article.published) ?? messages.dateUnknown}`;
    }
    case 'person': {
      const person = data.person(id);
      if (person === undefined) return undefined;
      return `${person.name} — ${person.roles.map((role) => messages.role[role]).join(', ')}`;
    }
    case 'case': {
      const record = data.case(id);
      if (record === undefined) return undefined;
      const outcome = record.outcome === null ? messages.caseNoOutcome : messages.outcome[record.outcome];
      return `${record.title} — ${outcome}`;
    }
    case 'figure': {
      const figure = data.figure(id);
      return figure === undefined ? undefined : `${formatFigureValue(figure, context)} — ${figure.counts}`;
    }
  }
}
