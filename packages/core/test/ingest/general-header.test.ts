import { describe, expect, it } from 'vitest';
import { splitPageHeader } from '../../ingest/metadata/page-header';
import { firstSentence, opensWithDateline } from '../../ingest/text/words';
import { ingestText } from './helpers';

/*
 * Header rules by the shape of a story rather than a site's wording: a dateline opens the story, so what
 * stands above it belongs to the header; a subtitle is compared with the story's first sentence, split by the
 * one sentence-end rule (Spanish closing quotes included).
 */

describe('a dateline opens the story', () => {
  it('is a dateline only with a place in capitals before the dash', () => {
    expect(opensWithDateline('EL PASO — Daniel Caudillo, un abogado, escuchaba.')).toBe(true);
    expect(opensWithDateline('MEXICO CITY (AP) — The official said.')).toBe(true);
    expect(opensWithDateline('NOGALES, Mexico — In their monthlong odyssey')).toBe(true);
    expect(opensWithDateline('U.S. — and Mexico agreed')).toBe(false);
    expect(opensWithDateline('The mayor — who spoke — left.')).toBe(false);
  });

  it('starts a paragraph of hard-wrapped text, and the unfinished line above it is the subtitle', () => {
    const lines = [
      'Mexicanos piden asilo en los Estados Unidos',
      'Familias cansadas de la violencia ven la solicitud de asilo en el norte como una opción que nadie esperaba',
      'EL PASO — Un abogado de inmigración de la ciudad escuchaba asombrado la historia de un padre cuya hija',
      'de doce años fue secuestrada por agentes de una policía. La familia llegó a su oficina con la intención de',
      'solicitar asilo para la niña, y el abogado les explicó lo difícil que es el proceso para los que lo piden.',
      'El año pasado, un total de ciento cuarenta peticiones de asilo fueron recibidas por las cortes de la zona,',
      'de acuerdo con las estadísticas publicadas por la oficina federal, pero únicamente dos fueron aprobadas.',
    ];
    const plan = ingestText(lines.join('\n'), 'dateline');
    expect(plan.frontmatter.title).toBe('Mexicanos piden asilo en los Estados Unidos');
    expect(plan.frontmatter.dek).toBe(lines[1]);
    expect(plan.paragraphs[0]).toMatch(/^EL PASO — Un abogado/);
    expect(plan.paragraphs.join(' ')).not.toContain('nadie esperaba');
  });

  it('leaves a finished sentence above the dateline in the body (a blogger introducing a wire story)', () => {
    const header = splitPageHeader([
      'Police chief seeks asylum',
      'Here is a story I have been following.',
      'EL PASO — The police chief of a border town asked for asylum on Tuesday, officials said.',
      'He came to the port of entry late at night with his family.',
    ]);
    expect(header.dek).toBeNull();
    expect(header.body[0]).toBe('Here is a story I have been following.');
  });
});

describe("the story's first sentence, for a subtitle's evidence", () => {
  it('ends at a Spanish closing quote after the full stop', () => {
    expect(firstSentence('Dijo: «Volveremos.» La comisión pidió más recursos.')).toBe('Dijo: «Volveremos.»');
    expect(firstSentence('“We fled,” she said. “We ran.”')).toBe('“We fled,” she said.');
  });

  it('is not taken as restating a subtitle whose words only a later sentence repeats', () => {
    const header = splitPageHeader(
      [
        'La comisión pide recursos',
        'Solicitudes de asilo crecen en la frontera norte',
        'Dijo el comisionado: «Nadie lo esperaba.» Las solicitudes de asilo crecen en la frontera norte cada mes.',
        'El sistema ya está saturado, según la agencia, que pidió más dinero al gobierno federal este año.',
      ],
      { title: 'La comisión pide recursos', titleSource: 'h1' },
    );
    expect(header.dek).toBeNull();
    expect(header.body[0]).toBe('Solicitudes de asilo crecen en la frontera norte');
  });
});
