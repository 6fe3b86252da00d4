import type { SourceFile } from '../../src/compiler/parse-sources';

/** A small, valid source tree; each test breaks one thing in a copy of it. */
export function validFixture(): Record<string, string> {
  return {
    'data/articles/sample-article.md': `---
id: sample-article
seed: null
title: Officer Seeks Asylum
titleSource: outlet
dek: null
genre: news-report
outlet: sample-outlet
via: null
authors: [ana-reporter]
published:
  date: 2010-01
  basis: "stated on the page: 'January 2010'"
url: null
language: en
rights: Quoted for reference.
truncated: false
topics: [asylum]
summary: An officer from Juárez asks for asylum.
captions: []
---
Pedro Ruiz, 30, was a police officer in Juárez until the cartel threatened him.

A judge denied his asylum claim, said his attorney, Luz Vega. “We will appeal,” Vega said.
`,
    'data/people.yaml': `- id: pedro-ruiz
  name: Pedro Ruiz
  aliases: [Ruiz]
  roles: [officer]
  description: Former police officer.
  statements:
    - attribute: age
      value: "30"
      citation: { article: sample-article, excerpt: "Pedro Ruiz, 30, was a police officer" }
- id: luz-vega
  name: Luz Vega
  aliases: [Vega]
  roles: [attorney]
  description: Ruiz's attorney.
- id: ana-reporter
  name: Ana Reporter
  roles: [reporter]
  description: Author of the sample article.
`,
    'data/organizations.yaml': `- id: sample-outlet
  name: Sample Outlet
  kind: outlet
  country: US
`,
    'data/places.yaml': `- id: ciudad-juarez
  name: Juarez
  aliases: [Juárez]
  kind: city
  country: MX
  coordinates: { lat: 31.74, lon: -106.49 }
`,
    'data/cases.yaml': `- id: ruiz-asylum
  title: Pedro Ruiz's asylum claim
  claimant: pedro-ruiz
  refugeCountry: US
  forum: immigration-court
  attorneys: [luz-vega]
  events:
    - date: 2010-01
      dateBasis: "inferred from text: the sample article is from January 2010 and reports the denial as done"
      description: A judge denies asylum.
      outcome: denied
      citation: { article: sample-article, excerpt: "A judge denied his asylum claim" }
    - description: Ruiz will appeal.
      outcome: appealed
      citation: { article: sample-article, excerpt: "We will appeal" }
`,
    'data/figures.yaml': `- id: ruiz-age
  value: 30
  qualifier: exact
  unit: years
  counts: age of Pedro Ruiz
  scope: the sample article
  citation: { article: sample-article, excerpt: "Pedro Ruiz, 30" }
`,
    'data/quotes.yaml': `- id: vega-appeal
  speaker: luz-vega
  text: We will appeal,
  to: null
  citation: { article: sample-article, excerpt: "“We will appeal,” Vega said." }
`,
    'data/lexicon.yaml': `synonyms:
  - [asylum, asilo, refuge]
  - [police, policia, cop]
`,
  };
}

export function asFiles(tree: Record<string, string>): SourceFile[] {
  return Object.entries(tree).map(([path, text]) => ({ path, text }));
}
