import { z } from 'zod/mini';
import { CompanySchema } from './company';
import { EventSchema } from './event';
import { IndicatorSchema } from './indicator';
import { ObservationSchema } from './observation';
import { PageInfoSchema } from './page-info';
import { SectorSchema } from './sector';
import { ZoneSchema } from './zone';

/** Every /api/v1 list answers { data: [...] }; the envelope leaves room for paging later. */
const listOf = <T extends z.ZodMiniType>(item: T) => z.object({ data: z.array(item) });

export const ZonesResponseSchema = listOf(ZoneSchema);
const SectorsResponseSchema = listOf(SectorSchema);
const IndicatorsResponseSchema = listOf(IndicatorSchema);

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
