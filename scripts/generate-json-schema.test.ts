import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { apiResources } from '@/domain/api';
import { provenanceKinds } from '@/domain/provenance-kinds';
import {
  buildSchemas,
  findStaleFiles,
  openApiIsStale,
  renderOpenApi,
  renderSchemaFiles,
  schemaDir,
  type JsonSchema,
} from './generate-json-schema';

const defsOf = (schema: JsonSchema): Record<string, JsonSchema> =>
  (schema.$defs ?? {}) as Record<string, JsonSchema>;
const propertiesOf = (schema: JsonSchema | undefined): Record<string, JsonSchema> =>
  (schema?.properties ?? {}) as Record<string, JsonSchema>;

describe('buildSchemas', () => {
  const schemas = buildSchemas();

  it('covers every API resource plus meta and provenance', () => {
    expect(Object.keys(schemas)).toEqual([...Object.keys(apiResources), 'meta', 'provenance']);
  });

  it('describes each response as a { data: [...] } envelope of the resource records', () => {
    expect(schemas.zones.required).toEqual(['data']);
    expect(propertiesOf(schemas.zones).data).toEqual({ type: 'array', items: { $ref: '#/$defs/Zone' } });
    expect(propertiesOf(schemas.events).data?.items).toEqual({ $ref: '#/$defs/Event' });
  });

  it('requires provenance on observations, with the four kinds as an enum', () => {
    const observation = defsOf(schemas.observations).Observation;
    expect(observation?.required).toContain('provenance');
    expect(propertiesOf(observation).provenance).toEqual({ $ref: '#/$defs/Provenance' });
    const provenance = defsOf(schemas.observations).Provenance;
    expect(propertiesOf(provenance).kind?.enum).toEqual([...provenanceKinds]);
    expect(provenance?.required).toEqual(['kind', 'source', 'url', 'asOf']);
  });

  it('keeps nullable fields required, so a backend sends null rather than leaving them out', () => {
    const observation = defsOf(schemas.observations).Observation;
    expect(observation?.required).toEqual(expect.arrayContaining(['sectorId', 'qualifier', 'vintage']));
    expect(propertiesOf(observation).vintage).toEqual({
      anyOf: [{ type: 'string', enum: ['first-reported', 'revised'] }, { type: 'null' }],
    });
    expect(propertiesOf(defsOf(schemas.events).Event).date?.anyOf).toContainEqual({ type: 'null' });
  });

  it('carries the period pattern that accepts 2023, FY2025, 2024-08 and 1993-2012', () => {
    const period = propertiesOf(defsOf(schemas.observations).Observation).period;
    const pattern = new RegExp(String(period?.pattern));
    for (const ok of ['2023', 'FY2025', '2024-08', '1993-2012']) expect(pattern.test(ok), ok).toBe(true);
    for (const bad of ['FY25', '2023/24', 'n/a']) expect(pattern.test(bad), bad).toBe(false);
  });

  it('allows extra fields, as the client strips them instead of rejecting the response', () => {
    expect(JSON.stringify(schemas)).not.toContain('additionalProperties');
  });

  it('inlines the standalone provenance schema instead of pointing at itself', () => {
    expect(schemas.provenance.type).toBe('object');
    expect(schemas.provenance.$ref).toBeUndefined();
  });
});

describe('docs/schema', () => {
  it('matches the contract (run `npm run schema` after changing src/domain)', () => {
    for (const [file, text] of Object.entries(renderSchemaFiles())) {
      expect(readFileSync(join(schemaDir, file), 'utf8'), file).toBe(text);
    }
    expect(findStaleFiles(schemaDir)).toEqual([]);
  });
});

describe('findStaleFiles', () => {
  let dir = '';
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('names files that are changed, missing or no longer generated', () => {
    dir = mkdtempSync(join(tmpdir(), 'schema-'));
    const files = renderSchemaFiles();
    for (const [file, text] of Object.entries(files)) writeFileSync(join(dir, file), text);
    expect(findStaleFiles(dir, files)).toEqual([]);

    writeFileSync(join(dir, 'zones.schema.json'), files['zones.schema.json']!.replace('"data"', '"items"'));
    rmSync(join(dir, 'events.schema.json'));
    writeFileSync(join(dir, 'regions.schema.json'), '{}\n');
    expect(findStaleFiles(dir, files)).toEqual([
      'events.schema.json',
      'regions.schema.json',
      'zones.schema.json',
    ]);
  });
});

describe('docs/openapi.json', () => {
  it('is OpenAPI 3.1 with every endpoint, built from the same schemas', () => {
    const doc = JSON.parse(renderOpenApi()) as {
      openapi: string;
      paths: Record<string, unknown>;
      components: { schemas: Record<string, unknown> };
    };
    expect(doc.openapi).toBe('3.1.0');
    expect(Object.keys(doc.paths)).toEqual([...Object.keys(apiResources).map((r) => `/${r}`), '/meta']);
    const observation = JSON.stringify(defsOf(buildSchemas().observations).Observation);
    expect(JSON.stringify(doc.components.schemas.Observation)).toBe(
      observation.replaceAll('#/$defs/', '#/components/schemas/'),
    );
  });

  it('is committed up to date', () => {
    expect(openApiIsStale()).toBe(false);
  });
});
