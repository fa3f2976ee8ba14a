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
export const SectorsResponseSchema = listOf(SectorSchema);
export const IndicatorsResponseSchema = listOf(IndicatorSchema);
export const ObservationsResponseSchema = listOf(ObservationSchema);
export const EventsResponseSchema = listOf(EventSchema);
export const CompaniesResponseSchema = listOf(CompanySchema);

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
  /** 'all' asks for every vintage (first-reported and revised); by default only the latest is answered. */
  vintage?: 'all';
}
