import { describe, expect, it } from 'vitest';
import { detectTruncation } from '../../ingest/metadata/detect-truncation';
import { endsSentence, endsSentenceOrClause } from '../../ingest/text/words';
import { ingestText } from './helpers';

/*
 * One notion of "a block ends as a sentence ends", shared by truncation, menu runs, wrapped lines and the
 * rejoining of paragraphs split by a page break: a sentence's mark, then any closing quotes of English and
 * Spanish typography (” ’ " ' » ›), closing brackets or a footnote's star.
 */

describe('a sentence end followed by closing quotes or brackets', () => {
  it('counts as a sentence end whatever the typography of its closing quote', () => {
    for (const ending of [
      '.',
      '.”',
      '.’',
      '."',
      ".'",
      '.»',
      '?»',
      '!›',
      '.)',
      '.]',
      '.”)',
      '.»)',
      '.*',
      '…»',
    ]) {
      expect(endsSentence(`Dijo que volvería${ending}`), ending).toBe(true);
      expect(endsSentenceOrClause(`Dijo que volvería${ending}`), ending).toBe(true);
    }
  });

  it('does not count a word, a comma or an opening quote as a sentence end', () => {
    for (const block of ['The Board of Imm', 'dijo que «', 'he said,»', 'el agente “']) {
      expect(endsSentence(block), block).toBe(false);
    }
    expect(endsSentence('Los hechos:»')).toBe(false);
    expect(endsSentenceOrClause('Los hechos:»')).toBe(true);
  });
});

describe('a Spanish page whose last paragraph closes a quotation with »', () => {
  it('is not called truncated', () => {
    expect(
      detectTruncation(['El agente pidió asilo.', '«No puedo volver a México», dijo. «Me matarían.»'], [])
        .value,
    ).toBe(false);
    const page = [
      'Agente pide asilo en Estados Unidos',
      '',
      'Un agente de la policía municipal de Ciudad Juárez pidió asilo político en El Paso, Texas, tras recibir amenazas.',
      '',
      'El agente dijo a los reporteros que no podía volver a su país: «Si regreso, me matan. No tengo otra salida.»',
    ].join('\n');
    expect(ingestText(page, 'comillas').frontmatter.truncated).toBe(false);
  });
});

describe('a paragraph that ends with a closing » before a page number', () => {
  it('is not joined to the next paragraph when that one starts in lower case', () => {
    const text = [
      'The officer was a municipal police agent in Ciudad Juárez until the spring of 2010.',
      '',
      'The officer told the court what the cartel had written to him: «plata o plomo, usted decide.»',
      '',
      'Page 809',
      '',
      'three days later he crossed the bridge at El Paso and asked for asylum.',
      '',
      'The immigration judge found him credible.',
    ].join('\n');
    const plan = ingestText(text, 'paged');
    expect(plan.paragraphs).toEqual([
      'The officer was a municipal police agent in Ciudad Juárez until the spring of 2010.',
      'The officer told the court what the cartel had written to him: «plata o plomo, usted decide.»',
      'three days later he crossed the bridge at El Paso and asked for asylum.',
      'The immigration judge found him credible.',
    ]);
    expect(plan.removals.map((removal) => removal.ruleId)).toContain('page-number');
  });
});

describe('a text that ends on the last item of a list', () => {
  it('is not called truncated: list items are not sentences', () => {
    const items = ['+ Added video hearings', '+ Added a second courtroom', '- Removed the paper docket'];
    expect(detectTruncation(['The court changed three things this year:', ...items], []).value).toBe(false);
  });

  it('is still truncated when a lone item or a paragraph stops mid-sentence', () => {
    expect(
      detectTruncation(['The court changed three things this year.', '- Removed the paper'], []).value,
    ).toBe(true);
    expect(detectTruncation(['+ Added video hearings', 'The Board of Imm'], []).value).toBe(true);
  });
});
