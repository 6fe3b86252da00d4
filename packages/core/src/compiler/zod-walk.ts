import type { z } from 'zod';

/* Reading zod 4 schema definitions: for did-you-mean on field names and for the generated format reference. */

export type Def = {
  type: string;
  shape?: Record<string, z.ZodType>;
  innerType?: z.ZodType;
  element?: z.ZodType;
  out?: z.ZodType;
  entries?: Record<string, string>;
  defaultValue?: unknown;
  format?: string;
};
export const defOf = (schema: z.ZodType): Def => (schema as unknown as { _zod: { def: Def } })._zod.def;

/** Looks through optional, nullable, default and preprocess wrappers to the schema that does the work. */
export function unwrap(schema: z.ZodType): z.ZodType {
  let current = schema;
  for (;;) {
    const def = defOf(current);
    const next = def.innerType ?? (def.type === 'pipe' ? def.out : undefined);
    if (!next) return current;
    current = next;
  }
}

/** The field names an object at `path` inside `schema` accepts, for a did-you-mean on a misspelt key. */
export function fieldsAt(schema: z.ZodType, path: ReadonlyArray<PropertyKey>): string[] {
  let current: z.ZodType | undefined = unwrap(schema);
  for (const key of path) {
    if (!current) return [];
    const def = defOf(current);
    current =
      typeof key === 'number'
        ? def.element
        : def.shape && typeof key === 'string'
          ? def.shape[key]
          : undefined;
    current = current && unwrap(current);
  }
  const shape = current && defOf(current).shape;
  return shape ? Object.keys(shape) : [];
}
