/**
 * Finished API answers kept in memory, keyed by dataset version and the parsed query, so a
 * repeated question costs a map lookup instead of a query, a contract check and JSON.stringify.
 * A new dataset version (any import or seed) empties the cache: nothing from old data is served.
 */
import { promisify } from 'node:util';
import { brotliCompress, constants, gzip } from 'node:zlib';
import { negotiate } from '@fastify/accept-negotiator';
import { LRUCache } from 'lru-cache';

const brotli = promisify(brotliCompress);
const gzipAsync = promisify(gzip);

/** Below this an answer is sent as is (the same threshold as @fastify/compress in app.ts). */
const COMPRESS_FROM_BYTES = 1024;
const ENCODINGS = ['br', 'gzip'] as const;
type Encoding = (typeof ENCODINGS)[number];

export interface CachedAnswer {
  json: string;
  /** Compressed once, on first request for that encoding, then reused. */
  encoded: Partial<Record<Encoding, Promise<Buffer>>>;
}

export interface AnswerCacheOptions {
  /** Upper bound of the JSON held, in megabytes; 0 turns the cache off (bench:api's cold figures). */
  maxMegabytes: number;
}

function compress(json: string, encoding: Encoding): Promise<Buffer> {
  return encoding === 'br'
    ? brotli(json, {
        params: {
          [constants.BROTLI_PARAM_MODE]: constants.BROTLI_MODE_TEXT,
          [constants.BROTLI_PARAM_QUALITY]: 4,
        },
      })
    : gzipAsync(json);
}

export class AnswerCache {
  private readonly answers: LRUCache<string, CachedAnswer> | null;
  /** Total counts per filter set: paging on through a list does not count it again. */
  private readonly totals = new LRUCache<string, number>({ max: 5000 });
  private version: string | null = null;

  constructor({ maxMegabytes }: AnswerCacheOptions) {
    this.answers =
      maxMegabytes > 0
        ? new LRUCache({
            maxSize: maxMegabytes * 1024 * 1024,
            // UTF-16 length is close enough to bytes for a bound on memory.
            sizeCalculation: (answer) => Math.max(1, answer.json.length),
          })
        : null;
  }

  /** Call with the version read for this request; a different one than before drops everything. */
  useVersion(version: string): void {
    if (version === this.version) return;
    this.version = version;
    this.answers?.clear();
    this.totals.clear();
  }

  get(key: string): CachedAnswer | undefined {
    return this.answers?.get(key);
  }

  set(key: string, json: string): CachedAnswer {
    const answer: CachedAnswer = { json, encoded: {} };
    this.answers?.set(key, answer);
    return answer;
  }

  total(key: string): number | undefined {
    return this.answers ? this.totals.get(key) : undefined;
  }

  rememberTotal(key: string, total: number): void {
    if (this.answers) this.totals.set(key, total);
  }

  get size(): number {
    return this.answers?.size ?? 0;
  }
}

/** The body to send for this Accept-Encoding, compressed at most once per answer and encoding. */
export async function encodedBody(
  answer: CachedAnswer,
  acceptEncoding: string | undefined,
): Promise<{ body: string | Buffer; encoding: Encoding | null }> {
  if (answer.json.length < COMPRESS_FROM_BYTES || !acceptEncoding)
    return { body: answer.json, encoding: null };
  const encoding = negotiate(acceptEncoding, [...ENCODINGS]) as Encoding | null;
  if (!encoding) return { body: answer.json, encoding: null };
  answer.encoded[encoding] ??= compress(answer.json, encoding);
  return { body: await answer.encoded[encoding], encoding };
}
