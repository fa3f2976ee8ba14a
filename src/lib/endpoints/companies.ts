import { queryOptions } from '@tanstack/react-query';
import { config } from '@/config/env';
import { buildUrl, getList } from '../api-client';
import { loadOnce } from '../load-once';

export interface CompaniesParams {
  zones?: readonly string[];
  sectors?: readonly string[];
}

const schema = loadOnce(() => import('@/domain/company').then((m) => m.CompanySchema));

/** GET {apiBase}/companies */
async function fetchCompanies(params: CompaniesParams, signal?: AbortSignal) {
  const url = buildUrl(config.apiBaseUrl, '/companies', { zone: params.zones, sector: params.sectors });
  return getList(url, schema, (r) => r.id, { signal });
}

export const companiesQuery = (params: CompaniesParams = {}) =>
  queryOptions({
    queryKey: ['api', 'companies', params] as const,
    queryFn: ({ signal }) => fetchCompanies(params, signal),
  });
