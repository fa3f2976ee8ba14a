import { z } from 'zod/mini';
import { CompanySchema } from './company';
import { EventSchema } from './event';
import { IndicatorSchema } from './indicator';
import { ObservationSchema } from './observation';
import { SectorSchema } from './sector';
import { ZoneSchema } from './zone';

/** Every /api/v1 list answers { data: [...] }; the envelope leaves room for paging later. */
const listOf = <T extends z.ZodMiniType>(item: T) => z.object({ data: z.array(item) });

export const ZonesResponseSchema = listOf(ZoneSchema);
const SectorsResponseSchema = listOf(SectorSchema);
const IndicatorsResponseSchema = listOf(IndicatorSchema);
/** Where a page of observations sits: the total matching and the cursor of the next page. */
export const PageInfoSchema = z.object({
  limit: z.int(),
  total: z.int(),
  /** null on the last page; otherwise pass it back as `cursor` to get the next one. */
  nextCursor: z.nullable(z.string()),
});
export type PageInfo = z.infer<typeof PageInfoSchema>;

/** Optional page info: a backend that answers everything at once may leave it out. */
const ObservationsResponseSchema = z.object({
  data: z.array(ObservationSchema),
  page: z.optional(PageInfoSchema),
});
const EventsResponseSchema = listOf(EventSchema);
const CompaniesResponseSchema = listOf(CompanySchema);

/** The resources of the dashboard's own API, in the order docs/api.md lists them. */
export const apiResources = {
  zones: ZonesResponseSchema,
  sectors: SectorsResponseSchema,
  indicators: IndicatorsResponseSchema,
  observations: ObservationsResponseSchema,
  events: EventsResponseSchema,
  companies: CompaniesResponseSchema,
} as const;
export type ApiResource = keyof typeof apiResources;

export interface ObservationFilter {
  indicators?: readonly string[];
  geos?: readonly string[];
  zones?: readonly string[];
  sectors?: readonly string[];
  /** Inclusive period bounds compared as text on the year: "2019", "FY2021". */
  from?: number;
  to?: number;
  /** 'latest' (the API's default): one vintage per figure; 'all': first-reported and revised alike. */
  vintage?: 'latest' | 'all';
  /** The API's `sort`: a field of observationSorts (src/domain/query.ts), `-` first for descending. */
  sort?: string;
  /** 'include': with zones or sectors, also the figures that have no such breakdown. */
  unbroken?: 'include';
}
