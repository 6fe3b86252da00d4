import { describe, expect, it } from 'vitest';
import { ingestHtml } from './helpers';

/*
 * An element between the headline and the story's paragraphs that marks itself as the subtitle (its class says
 * deck, subtitle, standfirst, summary, bajada…, or its itemprop says description) is the header's: its first
 * block is the dek and the rest leave with it as labels, even when it is a list of sentences.
 */

const PARAGRAPHS = [
  'Importante golpe a la banda en Francia. La Guardia Civil ha detenido en un hotel de Macon, a 70 kilómetros de Lyon, a dos de sus dirigentes.',
  'En la operación, que contaba con la colaboración de un equipo de élite de la policía gala, también ha sido detenido su lugarteniente.',
];
const story = `<div class="cuerpo">${PARAGRAPHS.map((p) => `<p>${p}</p>`).join('')}</div>`;

describe('a subtitle the markup marks', () => {
  it('is the dek and its labels when it is a list under the headline', () => {
    const items = [
      'Bajo su mando se encontraba el control de todos los zulos y las armas',
      'Su pareja y lugarteniente, implicado en el atentado de la T4',
    ];
    const plan =
      ingestHtml(`<html><body><div class="noticia"><h1>Cae en Francia la jefa del aparato militar</h1>
      <div class="subtitulo"><ul>${items.map((i) => `<li>${i}</li>`).join('')}</ul></div>
      ${story}</div></body></html>`);
    expect(plan.paragraphs).toEqual(PARAGRAPHS);
    expect(plan.frontmatter.dek).toBe(items[0]);
    expect(plan.frontmatter.review.join('\n')).toContain(items[1]);
  });

  it('is the dek when it is a paragraph with itemprop="description"', () => {
    const description =
      'How do you make digital music with rings? A reporter finds out at the show in Anaheim.';
    const plan = ingestHtml(`<html><body><article><h1>Rings that make music</h1>
      <p itemprop="description">${description}</p>${story}</article></body></html>`);
    expect(plan.paragraphs).toEqual(PARAGRAPHS);
    expect(plan.frontmatter.dek).toBe(description);
  });

  it('is not read from an element inside the story, nor from one that does not say it is a subtitle', () => {
    const lede =
      'The officers crossed the bridge at night and asked the agents at the port of entry for protection.';
    const inside = ingestHtml(`<html><body><article><h1>Rings that make music</h1>
      <div class="cuerpo"><p class="intro">${lede}</p>${PARAGRAPHS.map((p) => `<p>${p}</p>`).join('')}</div></article></body></html>`);
    expect(inside.paragraphs).toEqual([lede, ...PARAGRAPHS]);
    const plain = ingestHtml(`<html><body><article><h1>Rings that make music</h1>
      <p class="lede">${lede}</p>${story}</article></body></html>`);
    expect(plain.paragraphs).toEqual([lede, ...PARAGRAPHS]);
  });
});

describe('a heading set right under the headline', () => {
  it('is the dek when it reads as a sentence', () => {
    const deck = 'La banda perdió a sus dos dirigentes en una operación de la policía en un hotel de Francia';
    const plan =
      ingestHtml(`<html><body><div class="noticia"><h1>Cae en Francia la jefa del aparato militar</h1>
      <h2>${deck}</h2>${story}</div></body></html>`);
    expect(plan.paragraphs).toEqual(PARAGRAPHS);
    expect(plan.frontmatter.dek).toBe(deck);
  });

  it('stays a section heading of the story when it is a few words, or does not stand right under the headline', () => {
    const heading = 'La Operación en Francia';
    const short =
      ingestHtml(`<html><body><div class="noticia"><h1>Cae en Francia la jefa del aparato militar</h1>
      <h2>${heading}</h2>${story}</div></body></html>`);
    expect(short.frontmatter.dek).toBeNull();
    const sentence =
      'La banda perdió a sus dos dirigentes en una operación de la policía en un hotel de Francia';
    const later =
      ingestHtml(`<html><body><div class="noticia"><h1>Cae en Francia la jefa del aparato militar</h1>
      <p>${PARAGRAPHS[0]}</p><h2>${sentence}</h2><p>${PARAGRAPHS[1]}</p></div></body></html>`);
    expect(later.paragraphs).toContain(sentence);
  });
});
