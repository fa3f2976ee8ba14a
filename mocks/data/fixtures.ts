/**
 * The demo API's fixtures. They are typed here and validated against the contract's schemas
 * by mocks/data/fixtures.test.ts, which also checks every record's provenance.
 */
import type { Company } from '@/domain/company';
import type { CooperationEvent } from '@/domain/event';
import type { Indicator } from '@/domain/indicator';
import type { Observation } from '@/domain/observation';
import type { Sector } from '@/domain/sector';
import type { WorldBankRow } from '@/domain/world-bank';
import type { Zone } from '@/domain/zone';
import companies from './companies.json';
import events from './events.json';
import illustrative from './illustrative-observations.json';
import indicators from './indicators.json';
import observations from './observations.json';
import sectors from './sectors.json';
import wbAges0014 from './world-bank/SP.POP.0014.TO.ZS.json';
import wbAges65 from './world-bank/SP.POP.65UP.TO.ZS.json';
import wbPopulation from './world-bank/SP.POP.TOTL.json';
import zones from './zones.json';

export interface WorldBankFixture {
  lastupdated: string;
  /** Whether the copy states WDI's update date; if not, lastupdated is only the copy's own date. */
  lastUpdatedGiven: boolean;
  mirroredFrom: string;
  mirroredUrl: string;
  rows: WorldBankRow[];
}

export const fixtures = {
  zones: zones as Zone[],
  sectors: sectors as Sector[],
  indicators: indicators as Indicator[],
  observations: [...observations, ...illustrative] as Observation[],
  events: events as CooperationEvent[],
  companies: companies as Company[],
};

export const worldBankFixtures: Record<string, WorldBankFixture> = {
  'SP.POP.TOTL': wbPopulation,
  'SP.POP.0014.TO.ZS': wbAges0014,
  'SP.POP.65UP.TO.ZS': wbAges65,
};
