/**
 * The demo dataset, read from the same files the demo API (mocks/data) serves and validated
 * against the contract, so the seeded database and MSW hold the very same records.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { z } from 'zod/mini';
import { CompanySchema, type Company } from '@/domain/company';
import { EventSchema, type CooperationEvent } from '@/domain/event';
import { IndicatorSchema, type Indicator } from '@/domain/indicator';
import { ObservationSchema, type Observation } from '@/domain/observation';
import { SectorSchema, type Sector } from '@/domain/sector';
import { WorldBankRowSchema, type WorldBankRow } from '@/domain/world-bank';
import { ZoneSchema, type Zone } from '@/domain/zone';

interface WorldBankSeries {
  indicatorId: string;
  lastupdated: string;
  mirroredFrom: string;
  mirroredUrl: string;
  lastUpdatedGiven: boolean;
  rows: WorldBankRow[];
}

export interface Dataset {
  zones: Zone[];
  sectors: Sector[];
  indicators: Indicator[];
  observations: Observation[];
  events: CooperationEvent[];
  companies: Company[];
  worldBank: WorldBankSeries[];
}

const dataDir = fileURLToPath(new URL('../../mocks/data/', import.meta.url));
const worldBankIds = ['SP.POP.TOTL', 'SP.POP.0014.TO.ZS', 'SP.POP.65UP.TO.ZS'];

function read<S extends z.ZodMiniType>(file: string, schema: S): z.infer<S> {
  const parsed = schema.safeParse(JSON.parse(readFileSync(`${dataDir}${file}`, 'utf8')));
  if (!parsed.success)
    throw new Error(`mocks/data/${file} does not match the contract: ${z.prettifyError(parsed.error)}`);
  return parsed.data;
}

const WorldBankFileSchema = z.object({
  lastupdated: z.string(),
  mirroredFrom: z.string(),
  mirroredUrl: z.string(),
  lastUpdatedGiven: z.boolean(),
  rows: z.array(WorldBankRowSchema),
});

export function readDemoDataset(): Dataset {
  return {
    zones: read('zones.json', z.array(ZoneSchema)),
    sectors: read('sectors.json', z.array(SectorSchema)),
    indicators: read('indicators.json', z.array(IndicatorSchema)),
    // The same order as mocks/data/fixtures.ts: sourced figures, then the generated breakdowns.
    observations: [
      ...read('observations.json', z.array(ObservationSchema)),
      ...read('illustrative-observations.json', z.array(ObservationSchema)),
    ],
    events: read('events.json', z.array(EventSchema)),
    companies: read('companies.json', z.array(CompanySchema)),
    worldBank: worldBankIds.map((id) => ({
      indicatorId: id,
      ...read(`world-bank/${id}.json`, WorldBankFileSchema),
    })),
  };
}
