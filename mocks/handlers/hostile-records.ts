/**
 * Record faults: a good list answer with one hostile or odd record in it, the way a real service
 * goes wrong (a bad import, an injected link, a record from a newer schema). The client must keep
 * the rest, drop what it must never render, and say so.
 */
import { HttpResponse } from 'msw';
import type { RecordFault } from './faults';

type Row = Record<string, unknown>;

const NAME_FIELDS = ['name', 'shortName', 'title'] as const;
/** Fields the contract restricts to a list of values, per resource shape. */
const ENUM_FIELDS = ['status', 'kind', 'geoType', 'group', 'unit'] as const;

function setNames(row: Row, value: string): void {
  const fields = NAME_FIELDS.filter((f) => typeof row[f] === 'string');
  if (fields.length === 0) row.geo = value;
  for (const field of fields) row[field] = value;
}

function setEnum(row: Row): void {
  const field = ENUM_FIELDS.find((f) => typeof row[f] === 'string');
  if (field) row[field] = 'mystery-value';
  else if (row.provenance) (row.provenance as Row).kind = 'rumour';
}

/** The answer (`{ data, page? }`) with the record fault applied to its records. */
export function hostileResponse(
  kind: RecordFault,
  body: { data: readonly unknown[]; page?: unknown },
): Response {
  const list = structuredClone(body.data) as Row[];
  const answer = (data: Row[]) => ({ ...body, data });
  const [first, second] = list;
  if (!first) return HttpResponse.json(answer(list));
  switch (kind) {
    case 'javascript-links':
      if (first.provenance) (first.provenance as Row).url = 'javascript:alert(document.domain)';
      break;
    case 'long-names':
      setNames(first, 'W'.repeat(5000));
      break;
    case 'rtl-cjk-names':
      setNames(first, 'منطقة التكنولوجيا الخاصة');
      if (second) setNames(second, '沈阳经济技术开发区');
      break;
    case 'huge-numbers':
      if (typeof first.value === 'number') first.value = 9.2e15;
      break;
    case 'negative-numbers':
      if (typeof first.value === 'number') first.value = -Math.abs(first.value) - 1;
      break;
    case 'overflow-numbers':
      // JSON.parse turns 1e400 into Infinity, which the contract must refuse.
      if (typeof first.value === 'number') first.value = 424242.4242;
      return new HttpResponse(JSON.stringify(answer(list)).replace('424242.4242', '1e400'), {
        headers: { 'Content-Type': 'application/json' },
      });
    case 'duplicate-ids':
      list.splice(1, 0, structuredClone(first));
      break;
    case 'unknown-enum':
      setEnum(first);
      break;
    case 'extra-fields':
      for (const row of list) Object.assign(row, { surprise: '<img src=x onerror=alert(1)>', v2: { a: 1 } });
      break;
  }
  return HttpResponse.json(answer(list));
}
