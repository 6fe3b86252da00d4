import { readFileSync } from 'node:fs';
import { shippedDataset } from '@asylum-archive/core';
import { QUERY_FIELDS } from '@asylum-archive/query';
import { MessageFlags } from 'discord-api-types/v10';
import { describe, expect, it } from 'vitest';
import { SPANISH_QUERY_FIELDS } from '../../src/i18n/query-errors';
import { commands, handleInteraction } from '../../src/index';
import { chatInput, messageOf } from '../helpers/interactions';
import { limitViolations } from '../helpers/limits';

const versionOf = (path: string) =>
  (JSON.parse(readFileSync(new URL(path, import.meta.url), 'utf8')) as { version: string }).version;

describe('/about', () => {
  it('reports the package versions, a dataset fingerprint, the counts and the attribution', async () => {
    const response = await handleInteraction(chatInput('about'));
    expect(limitViolations(response)).toEqual([]);
    const fields = new Map(
      (messageOf(response).embeds?.[0]?.fields ?? []).map((field) => [field.name, field.value]),
    );
    const versions = fields.get('Versions') ?? '';
    expect(versions).toContain(`@asylum-archive/bot ${versionOf('../../package.json')}`);
    expect(versions).toContain(`@asylum-archive/core ${versionOf('../../../../packages/core/package.json')}`);
    expect(versions).toContain(
      `@asylum-archive/query ${versionOf('../../../../packages/query/package.json')}`,
    );
    expect(versions).toMatch(/dataset `[0-9a-f]{8}`/);
    const counts = fields.get('In the archive') ?? '';
    expect(counts).toContain(`${shippedDataset.articles.length} articles`);
    expect(counts).toContain(`${shippedDataset.cases.length} cases`);
    expect(counts).toContain(`${shippedDataset.figures.length} figures`);
    expect(fields.get('Attribution')).toContain('The reporting belongs to its outlets');
  });
});

describe('/help', () => {
  it('lists every command, privately', async () => {
    const data = messageOf(await handleInteraction(chatInput('help')));
    expect(data.flags).toBe(MessageFlags.Ephemeral);
    const list = data.embeds?.[0]?.fields?.[0]?.value ?? '';
    for (const command of commands) expect(list).toContain(`\`/${command.name}`);
  });

  it('uses the Spanish command names for a Spanish client', async () => {
    const data = messageOf(await handleInteraction(chatInput('help', [], 'es-ES')));
    const list = data.embeds?.[0]?.fields?.[0]?.value ?? '';
    for (const command of commands) expect(list).toContain(`\`/${command.name_localizations['es-ES']}`);
  });

  it('documents every search field by its English and its Spanish name, in both languages', async () => {
    for (const locale of ['en-US', 'es-ES', 'es-419']) {
      const data = messageOf(await handleInteraction(chatInput('help', [], locale)));
      const syntax = data.embeds?.[0]?.fields?.[1]?.value ?? '';
      for (const field of QUERY_FIELDS) {
        expect(syntax, `${field} (${locale})`).toContain(`\`${field}:`);
        expect(syntax, `${field} (${locale})`).toContain(`\`${SPANISH_QUERY_FIELDS[field]}:`);
      }
    }
  });
});
