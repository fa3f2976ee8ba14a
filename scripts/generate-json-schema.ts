/**
 * Publishes the zod data contract (src/domain) as JSON Schema in docs/schema/, so a backend can
 * implement the dashboard's API without reading TypeScript. docs/api.md links to these files.
 *
 *   npm run schema              regenerate docs/schema/*.schema.json and docs/openapi.json
 *   npm run schema -- --check   exit 1 if a committed file differs from the contract (for CI)
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { z } from 'zod';
import { apiResources, type ApiResource } from '@/domain/api';
import { MetaSchema } from '@/domain/meta';
import { buildOpenApi, recordSchemas } from '@/domain/openapi';
import { ProvenanceSchema } from '@/domain/provenance';

export type JsonSchema = z.core.JSONSchema.JSONSchema;

// Not new URL(relative, import.meta.url): jsdom's URL (in Vitest) resolves that against http://localhost.
export const schemaDir = resolve(dirname(fileURLToPath(import.meta.url)), '../docs/schema');

/** Names under $defs, so a backend can point at one record type: zones.schema.json#/$defs/Zone. */
const itemDefs = recordSchemas;

/**
 * A private registry rather than .meta() on the domain schemas: the contract stays free of
 * documentation concerns, and nothing else registered globally can change the output.
 */
function definitionRegistry() {
  const registry = z.registry<{ id: string }>();
  for (const [schema, id] of itemDefs) registry.add(schema, { id });
  return registry;
}

/**
 * io 'input' describes what the client accepts, which is what a backend must send: zod strips
 * unknown keys, so extra fields are allowed rather than forbidden (additionalProperties: false).
 */
function convert(schema: z.core.$ZodType, metadata: z.core.$ZodRegistry<{ id: string }>): JsonSchema {
  // Round-trip through JSON so callers get exactly the data that is written to disk.
  return JSON.parse(JSON.stringify(z.toJSONSchema(schema, { io: 'input', metadata }))) as JsonSchema;
}

/** One JSON Schema per API resource (its { data: [...] } envelope), /meta, and the shared provenance record. */
export function buildSchemas(): Record<ApiResource | 'meta' | 'provenance', JsonSchema> {
  const registry = definitionRegistry();
  const resources = Object.fromEntries(
    Object.entries(apiResources).map(([name, schema]) => {
      const { $schema, ...body } = convert(schema, registry);
      const header = { $schema, title: `GET /${name} response`, description: `See docs/api.md#get-${name}.` };
      return [name, { ...header, ...body }];
    }),
  ) as Record<ApiResource, JsonSchema>;
  const { $schema: metaDialect, ...metaBody } = convert(MetaSchema, registry);
  const meta = {
    $schema: metaDialect,
    title: 'GET /meta response',
    description: 'See docs/api.md#get-meta.',
  };
  // An empty registry keeps Provenance inline here instead of a lone $ref to its own $defs.
  const { $schema, ...provenance } = convert(ProvenanceSchema, z.registry<{ id: string }>());
  const header = {
    $schema,
    title: 'Provenance',
    description: 'Carried by every figure. See docs/api.md#provenance.',
  };
  return { ...resources, meta: { ...meta, ...metaBody }, provenance: { ...header, ...provenance } };
}

/** File name → file text; fixed key order and a trailing newline so reruns produce no diff. */
export function renderSchemaFiles(): Record<string, string> {
  return Object.fromEntries(
    Object.entries(buildSchemas()).map(([name, schema]) => [
      `${name}.schema.json`,
      `${JSON.stringify(schema, null, 2)}\n`,
    ]),
  );
}

/** docs/openapi.json: the whole API as OpenAPI 3.1, from the same schemas. */
export const openApiPath = resolve(schemaDir, '../openapi.json');
export const renderOpenApi = (): string => `${JSON.stringify(buildOpenApi(), null, 2)}\n`;
export const openApiIsStale = (path = openApiPath): boolean =>
  !existsSync(path) || readFileSync(path, 'utf8') !== renderOpenApi();

/** Files in `dir` that are missing, differ from the contract, or belong to a resource that no longer exists. */
export function findStaleFiles(dir: string, expected = renderSchemaFiles()): string[] {
  const present = existsSync(dir) ? readdirSync(dir).filter((f) => f.endsWith('.schema.json')) : [];
  const stale = Object.entries(expected)
    .filter(([file, text]) => !present.includes(file) || readFileSync(join(dir, file), 'utf8') !== text)
    .map(([file]) => file);
  const orphaned = present.filter((file) => !(file in expected));
  return [...stale, ...orphaned].sort();
}

function main(args: readonly string[]): number {
  const files = renderSchemaFiles();
  if (args.includes('--check')) {
    const stale = findStaleFiles(schemaDir, files);
    for (const file of stale)
      console.error(
        `docs/schema/${file} does not match src/domain (missing, changed or no longer generated).`,
      );
    const openApiStale = openApiIsStale();
    if (openApiStale) console.error('docs/openapi.json does not match src/domain.');
    if (stale.length > 0 || openApiStale) console.error('Run `npm run schema` and commit the result.');
    else
      console.log(
        `docs/schema: ${Object.keys(files).length} files and docs/openapi.json match the contract.`,
      );
    return stale.length > 0 || openApiStale ? 1 : 0;
  }
  mkdirSync(schemaDir, { recursive: true });
  for (const [file, text] of Object.entries(files)) writeFileSync(join(schemaDir, file), text);
  writeFileSync(openApiPath, renderOpenApi());
  console.log(`wrote ${Object.keys(files).length} schema files to docs/schema/ and docs/openapi.json`);
  return 0;
}

// Only when run as a command: the test imports this module and must not write files.
if (process.argv[1] && pathToFileURL(resolve(process.argv[1])).href === import.meta.url) {
  process.exitCode = main(process.argv.slice(2));
}
