/**
 * Run by answers.test.ts as `node --allow-natives-syntax --import tsx naming-terms-shape.ts`: asks V8 whether the
 * lists of names the engine hands to answer matching (`namingTerms`) have one hidden class whether the query
 * names no one, a person, or someone by a word several names share. Prints one JSON line.
 */

import { namingTerms } from '../../../src/search/engine';
import type { EntityCatalog } from '../../../src/search/entities';
import type { QueryPlan } from '../../../src/search/plan';

// V8's test intrinsics, behind --allow-natives-syntax; written in strings so the TypeScript transform never sees them.
const haveSameMap = new Function('a', 'b', 'return %HaveSameMap(a, b)') as (
  a: unknown,
  b: unknown,
) => boolean;

// The fields namingTerms reads, for two people who share a surname.
const alarcon = { kind: 'person', names: [['jose', 'alarcon']] };
const duran = { kind: 'person', names: [['jesus', 'alarcon', 'duran']] };
const catalog = { entities: [alarcon, duran] } as unknown as EntityCatalog;
const naming = (entity: object, term: string) =>
  ({
    entities: [{ match: { entity, words: [0] } }],
    concepts: [{ alternatives: [{ term }] }],
  }) as unknown as QueryPlan;
const noOne = namingTerms({ entities: [], concepts: [] } as unknown as QueryPlan, catalog);
const lists = [naming(alarcon, 'jose'), naming(alarcon, 'alarcon'), naming(duran, 'duran')].map((plan) =>
  namingTerms(plan, catalog),
);
console.log(
  JSON.stringify({
    named: lists.map((list) => list.length),
    oneHiddenClass: lists.every((list) => haveSameMap(noOne, list)),
  }),
);
