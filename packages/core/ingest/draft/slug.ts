import { IdSchema } from '../../src/schema/primitives';

const MAX_SLUG_LENGTH = 80;

/** "Juarez Police Officer Denied U.S. Asylum" → "juarez-police-officer-denied-u-s-asylum" (a valid record id). */
export function slugify(text: string, maxLength = MAX_SLUG_LENGTH): string {
  const slug = text
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/['’]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  if (slug.length <= maxLength) return slug;
  const cut = slug.slice(0, maxLength);
  const lastHyphen = cut.lastIndexOf('-');
  return (lastHyphen > maxLength / 2 ? cut.slice(0, lastHyphen) : cut).replace(/-+$/, '');
}

/**
 * The id (and file name) proposed for a draft: outlet and headline like the curated articles, or — when
 * the page lost its headline — "draft-" and the saved file's name, which the review notes ask to replace.
 */
export function proposeDraftId(parts: {
  title: string | null;
  outlet: string | null;
  inputName: string;
}): string {
  const fromTitle = parts.title ? slugify([parts.outlet ?? '', parts.title].join(' ')) : '';
  const id = fromTitle !== '' ? fromTitle : slugify(`draft ${parts.inputName}`) || 'draft-article';
  return IdSchema.safeParse(id).success ? id : 'draft-article';
}

/** `id`, or `id-2`, `id-3`… — the first that `taken` does not hold. */
export function firstFreeId(id: string, taken: (candidate: string) => boolean): string {
  if (!taken(id)) return id;
  for (let n = 2; ; n++) {
    const candidate = `${id.slice(0, 100 - String(n).length - 1)}-${n}`;
    if (!taken(candidate)) return candidate;
  }
}
