import { foldText } from '@asylum-archive/core';

/**
 * The items one of whose names (already folded) starts with what was typed, then those where it only appears
 * inside a name, each in the given order: how a fixed list of values (outlets, /browse values) is narrowed
 * as a person types. Records go through core's `suggest` instead.
 */
export function byTypedName<T>(
  items: readonly T[],
  namesOf: (item: T) => readonly string[],
  typed: string,
): T[] {
  const wanted = foldText(typed);
  const starts = items.filter((item) => namesOf(item).some((name) => name.startsWith(wanted)));
  const contains = items.filter(
    (item) => !starts.includes(item) && namesOf(item).some((name) => name.includes(wanted)),
  );
  return [...starts, ...contains];
}
