import { queryOptions } from '@tanstack/react-query';
import { CompaniesResponseSchema } from '@/domain/api';
import { config } from '@/config/env';
import { buildUrl, getJson } from '../api-client';

export interface CompaniesParams {
  zones?: readonly string[];
  sectors?: readonly string[];
}

/** GET {apiBase}/companies */
export async function fetchCompanies(params: CompaniesParams, signal?: AbortSignal) {
  const url = buildUrl(config.apiBaseUrl, '/companies', { zone: params.zones, sector: params.sectors });
  return (await getJson(url, CompaniesResponseSchema, { signal })).data;
}

export const companiesQuery = (params: CompaniesParams = {}) =>
  queryOptions({
    queryKey: ['api', 'companies', params] as const,
    queryFn: ({ signal }) => fetchCompanies(params, signal),
  });
