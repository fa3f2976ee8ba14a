/**
 * The year a period ends in: "FY2025" → 2025 (Jul 2024–Jun 2025), "2024-08" → 2024,
 * "1993-2012" → 2012. Filters and time axes compare periods by this year.
 */
export function periodEndYear(period: string): number {
  const span = /^(\d{4})-(\d{4})$/.exec(period);
  if (span) return Number(span[2]);
  const year = /^(?:FY)?(\d{4})/.exec(period);
  if (!year) throw new Error(`Not a period: ${period}`);
  return Number(year[1]);
}

/** A sortable position on a time axis: mid fiscal year for FY periods, the month for "YYYY-MM". */
export function periodPosition(period: string): number {
  const fy = /^FY(\d{4})$/.exec(period);
  if (fy) return Number(fy[1]) - 0.5;
  const month = /^(\d{4})-(\d{2})$/.exec(period);
  if (month && Number(month[2]) <= 12) return Number(month[1]) + (Number(month[2]) - 1) / 12;
  return periodEndYear(period);
}
