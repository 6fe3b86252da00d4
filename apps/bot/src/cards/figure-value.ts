import type { Figure } from '@asylum-archive/core';
import { formatNumber } from '../i18n/format';
import { INTL_LOCALE } from '../i18n/locale';
import type { RenderContext } from './render-context';

/** "more than 3,000 cases", "at least 85%", "nearly 200 people": the value with the text's own hedge (plain text). */
export function formatFigureValue(figure: Figure, context: RenderContext): string {
  const hedge = context.messages.qualifier[figure.qualifier];
  const amount =
    figure.unit === 'percent'
      ? new Intl.NumberFormat(INTL_LOCALE[context.locale], { style: 'unit', unit: 'percent' }).format(
          figure.value,
        )
      : `${formatNumber(figure.value, context.locale)} ${figure.unit}`;
  return hedge === '' ? amount : `${hedge} ${amount}`;
}
