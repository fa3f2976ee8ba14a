/**
 * The stored World Bank series at /api/v1/world-bank/v2, in the World Bank API v2's own paths,
 * format and paging, so an app built with VITE_WORLD_BANK_BASE_URL=/api/v1/world-bank/v2 makes
 * no request that leaves this server.
 */
import type { FastifyInstance } from 'fastify';
import { WorldBankSuccessSchema } from '@/domain/world-bank';
import type { Db } from '../db/client';
import { answeredFromCache } from '../http/caching';
import { readDataset } from '../repo/dataset';
import { findWorldBank } from '../repo/world-bank';

const WORLD_BANK_PATH = '/api/v1/world-bank/v2';

const wbError = (value: string) => [{ message: [{ id: '120', key: 'Invalid value', value }] }];
const year = (raw: string | undefined) => (raw && /^\d{4}$/.test(raw) ? Number(raw) : null);

export function registerWorldBankRoutes(app: FastifyInstance, db: Db): void {
  app.get<{ Params: { countries: string; indicator: string } }>(
    `${WORLD_BANK_PATH}/country/:countries/indicator/:indicator`,
    async (request, reply) => {
      const params = new URL(request.url, 'http://localhost').searchParams;
      const state = await readDataset(db);
      if (state && answeredFromCache(request, reply, state.version)) return reply;
      const [from, to] = (params.get('date') ?? '').split(':');
      const perPage = Math.min(Math.max(1, Number(params.get('per_page')) || 50), 32500);
      const page = Math.max(1, Math.floor(Number(params.get('page')) || 1));
      const result = await findWorldBank(db, {
        indicator: request.params.indicator,
        countries: request.params.countries.toUpperCase().split(';').slice(0, 50),
        from: year(from),
        to: year(to),
        perPage,
        page,
      });
      // Like the World Bank itself: an unknown indicator is an error message with HTTP 200.
      if (!result) return reply.send(wbError('The provided parameter value is not valid'));
      return reply.send(WorldBankSuccessSchema.parse([result.paging, result.rows]));
    },
  );
}
