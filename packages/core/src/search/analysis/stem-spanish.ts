/**
 * A light Spanish stemmer for matching readers' Spanish words to the lexicon. It strips the verb endings people
 * type most ("mataron", "negaron", "asesinaron" → the root of "matar", "negado", "asesinado") and, otherwise,
 * plural and gender endings ("policías" → "polici", "cárteles" → "cartel"). Lexicon words go through it too,
 * so a conjugated verb meets its infinitive or participle at one root. Input must already be folded.
 */
export function stemSpanish(word: string): string {
  if (word.length <= 3 || !/^[a-z]+$/.test(word)) return word;
  for (const ending of VERB_ENDINGS) {
    if (word.endsWith(ending) && word.length - ending.length >= MIN_ROOT)
      return word.slice(0, -ending.length);
  }
  let stem = word;
  if (stem.endsWith('es') && stem.length > 4 && !/[aeiou]es$/.test(stem)) stem = stem.slice(0, -2);
  else if (stem.endsWith('s')) stem = stem.slice(0, -1);
  if (/[aeo]$/.test(stem) && stem.length > 3) stem = stem.slice(0, -1);
  return stem;
}

/** A root shorter than this is too little of a word to tell verbs apart ("huir" stays "huir"). */
const MIN_ROOT = 3;

/**
 * Endings of the regular verb forms a question uses (preterite and imperfect, gerund, participle, infinitive),
 * longest first so that "negaron" loses "aron", not "on".
 */
const VERB_ENDINGS = [
  'ieron',
  'aron',
  'iendo',
  'ando',
  'aban',
  'ados',
  'adas',
  'idos',
  'idas',
  'ado',
  'ada',
  'ido',
  'ida',
  'aba',
  'ar',
  'er',
  'ir',
  'io',
];
