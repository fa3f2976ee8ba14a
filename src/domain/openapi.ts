/**
 * The API as OpenAPI 3.1, generated from the contract's zod schemas: committed as
 * docs/openapi.json (`npm run schema`, checked with `--check`) and served at /api/v1/openapi.json.
 */
import { z } from 'zod/mini';
import { apiResources } from './api';
import { PageInfoSchema } from './page-info';
import { CompanySchema } from './company';
import { EventSchema } from './event';
import { IndicatorSchema } from './indicator';
import { IndicatorMetaSchema, MetaSchema } from './meta';
import { ObservationSchema } from './observation';
import { ProvenanceSchema } from './provenance';
import {
  DEFAULT_OBSERVATION_LIMIT,
  ErrorResponseSchema,
  listParameters,
  MAX_LIST_VALUES,
  MAX_OBSERVATION_LIMIT,
  observationSorts,
} from './query';
import { SectorSchema } from './sector';
import { ZoneSchema } from './zone';

type Json = Record<string, unknown>;

/** The record types by name, as both the JSON Schema files ($defs) and OpenAPI components list them. */
export const recordSchemas = [
  [ZoneSchema, 'Zone'],
  [SectorSchema, 'Sector'],
  [IndicatorSchema, 'Indicator'],
  [ObservationSchema, 'Observation'],
  [EventSchema, 'Event'],
  [CompanySchema, 'Company'],
  [ProvenanceSchema, 'Provenance'],
  [IndicatorMetaSchema, 'IndicatorMeta'],
] as const;

const components = [...recordSchemas, [PageInfoSchema, 'PageInfo']] as const;

const listParam = (name: string): Json => ({
  name,
  in: 'query',
  required: false,
  description: `Comma-separated values; a record matches any one. At most ${MAX_LIST_VALUES} values.`,
  schema: { type: 'string' },
});
const yearParam = (name: string, bound: string): Json => ({
  name,
  in: 'query',
  required: false,
  description: `Inclusive ${bound} year (four digits; other values are ignored).`,
  schema: { type: 'string', pattern: '^\\d{4}$' },
});
const observationExtras: Json[] = [
  yearParam('from', 'lower'),
  yearParam('to', 'upper'),
  {
    name: 'limit',
    in: 'query',
    description: `Page size, default ${DEFAULT_OBSERVATION_LIMIT}.`,
    schema: {
      type: 'integer',
      minimum: 1,
      maximum: MAX_OBSERVATION_LIMIT,
      default: DEFAULT_OBSERVATION_LIMIT,
    },
  },
  {
    name: 'cursor',
    in: 'query',
    description: 'page.nextCursor of the previous page.',
    schema: { type: 'string' },
  },
  {
    name: 'sort',
    in: 'query',
    description: 'Sort field, prefixed by - for descending; default: load order.',
    schema: { type: 'string', enum: observationSorts.flatMap((s) => [s, `-${s}`]) },
  },
  {
    name: 'vintage',
    in: 'query',
    description: 'latest (default): the latest vintage of each figure; all: every vintage.',
    schema: { type: 'string', enum: ['latest', 'all'], default: 'latest' },
  },
  {
    name: 'unbroken',
    in: 'query',
    description:
      'include: with zone or sector, also the figures that cannot be broken down that way (not zone-level, or without a sector); exclude (default): leave them out.',
    schema: { type: 'string', enum: ['include', 'exclude'], default: 'exclude' },
  },
];
const eventExtras = [yearParam('from', 'lower'), yearParam('to', 'upper')];

const ref = (id: string) => ({ $ref: `#/components/schemas/${id}` });
const json = (id: string, description: string): Json => ({
  description,
  content: { 'application/json': { schema: ref(id) } },
});
const responseId = (resource: string) => `${resource[0]?.toUpperCase()}${resource.slice(1)}Response`;

/** Every record and answer becomes a named component; paths refer to them. */
function componentSchemas(): Json {
  const registry = z.registry<{ id: string }>();
  for (const [schema, id] of components) registry.add(schema, { id });
  for (const [resource, schema] of Object.entries(apiResources))
    registry.add(schema, { id: responseId(resource) });
  registry.add(MetaSchema, { id: 'MetaResponse' });
  registry.add(ErrorResponseSchema, { id: 'ErrorResponse' });
  const { schemas } = z.toJSONSchema(registry, {
    io: 'input',
    uri: (id) => `#/components/schemas/${id}`,
  }) as { schemas: Record<string, Json> };
  // OpenAPI 3.1 components carry no $schema or $id of their own.
  const clean = Object.keys(schemas)
    .sort()
    .map((id) => {
      const body = { ...schemas[id] };
      delete body.$schema;
      delete body.$id;
      return [id, body];
    });
  return JSON.parse(JSON.stringify(Object.fromEntries(clean))) as Json;
}

export function buildOpenApi(): Json {
  const paths: Json = {};
  for (const resource of Object.keys(apiResources)) {
    const names = listParameters[resource as keyof typeof listParameters];
    const extras = resource === 'observations' ? observationExtras : resource === 'events' ? eventExtras : [];
    paths[`/${resource}`] = {
      get: {
        operationId: `list${responseId(resource).replace(/Response$/, '')}`,
        summary: `GET /${resource}`,
        description: `See docs/api.md#get-${resource}. A filter that matches nothing, or an unknown id, answers 200 with an empty list.`,
        parameters: [...names.map(listParam), ...extras],
        responses: {
          '200': json(responseId(resource), 'The matching records.'),
          '400': json(
            'ErrorResponse',
            'A parameter is out of range or the query string is too long; the error names it.',
          ),
        },
      },
    };
  }
  paths['/meta'] = {
    get: {
      operationId: 'getMeta',
      summary: 'GET /meta',
      description: 'See docs/api.md#get-meta.',
      responses: { '200': json('MetaResponse', 'Dataset version and freshness per indicator.') },
    },
  };
  return {
    openapi: '3.1.0',
    info: {
      title: 'Tech Corridor data API',
      version: '1',
      description:
        'China–Pakistan technology-cooperation figures, each with its provenance. See docs/api.md.',
    },
    servers: [{ url: '/api/v1' }],
    paths,
    components: { schemas: componentSchemas() },
  };
}
