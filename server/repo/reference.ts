/**
 * The small reference resources (zones, sectors, indicators, events, companies): filtered in SQL
 * on their own columns, answered as the stored contract records in load order.
 */
import { and, arrayOverlaps, asc, gte, inArray, lte, type SQL } from 'drizzle-orm';
import type { AnyPgColumn } from 'drizzle-orm/pg-core';
import type { Company } from '@/domain/company';
import type { CooperationEvent } from '@/domain/event';
import type { Indicator } from '@/domain/indicator';
import type { Sector } from '@/domain/sector';
import type { Zone } from '@/domain/zone';
import type { Db } from '../db/client';
import { companies, events, indicators, sectors, zones } from '../db/schema';

const anyOf = (column: AnyPgColumn, values: string[]): SQL[] =>
  values.length ? [inArray(column, values)] : [];

export async function findZones(db: Db, q: { id: string[]; country: string[]; status: string[] }) {
  const rows = await db
    .select({ body: zones.body })
    .from(zones)
    .where(
      and(...anyOf(zones.id, q.id), ...anyOf(zones.country, q.country), ...anyOf(zones.status, q.status)),
    )
    .orderBy(asc(zones.seq));
  return rows.map((r) => r.body as Zone);
}

export async function findSectors(db: Db, q: { group: string[] }) {
  const rows = await db
    .select({ body: sectors.body })
    .from(sectors)
    .where(and(...anyOf(sectors.group, q.group)))
    .orderBy(asc(sectors.seq));
  return rows.map((r) => r.body as Sector);
}

export async function findIndicators(db: Db, q: { id: string[] }) {
  const rows = await db
    .select({ body: indicators.body })
    .from(indicators)
    .where(and(...anyOf(indicators.id, q.id)))
    .orderBy(asc(indicators.seq));
  return rows.map((r) => r.body as Indicator);
}

/** Undated events only when neither year bound is given (docs/api.md, GET /events). */
export async function findEvents(
  db: Db,
  q: { kind: string[]; zone: string[]; from: number | null; to: number | null },
) {
  const where: SQL[] = [...anyOf(events.kind, q.kind)];
  if (q.zone.length) where.push(arrayOverlaps(events.zoneIds, q.zone));
  if (q.from !== null) where.push(gte(events.year, q.from));
  if (q.to !== null) where.push(lte(events.year, q.to));
  // A year bound on a null year is null, so undated events drop out exactly when a bound is given.
  const rows = await db
    .select({ body: events.body })
    .from(events)
    .where(and(...where))
    .orderBy(asc(events.seq));
  return rows.map((r) => r.body as CooperationEvent);
}

export async function findCompanies(db: Db, q: { zone: string[]; sector: string[] }) {
  const rows = await db
    .select({ body: companies.body })
    .from(companies)
    .where(and(...anyOf(companies.zoneId, q.zone), ...anyOf(companies.sectorId, q.sector)))
    .orderBy(asc(companies.seq));
  return rows.map((r) => r.body as Company);
}
