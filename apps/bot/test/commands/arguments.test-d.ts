import { expectTypeOf, test } from 'vitest';
import type { ArgumentsOf } from '../../src/commands/definition-types';
import type { articleCommand, helpCommand, searchCommand } from '../../src/commands/definitions';

test('option types are derived from the command definitions', () => {
  expectTypeOf<ArgumentsOf<typeof searchCommand>>().toEqualTypeOf<{
    query: string;
    outlet?: string;
    year?: number;
    target?: string;
    hide?: boolean;
  }>();
  expectTypeOf<ArgumentsOf<typeof articleCommand>>().toEqualTypeOf<{ article: string }>();
  // biome-ignore lint/complexity/noBannedTypes: a command without options takes exactly nothing.
  expectTypeOf<ArgumentsOf<typeof helpCommand>>().toEqualTypeOf<{}>();
});
