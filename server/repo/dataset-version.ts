/**
 * The dataset version as the API needs it on every request, without asking the database every
 * time: requests that arrive together share one read, and a read is reused for `maxAgeMs`.
 * Writers in this process (the import channel) call `changed()`, so their imports show at once;
 * an importer in another process (DATABASE_URL) is seen within `maxAgeMs`.
 */
import type { Db } from '../db/client';
import { readDataset, type DatasetState } from './dataset';

export class DatasetVersion {
  private known: { state: DatasetState; at: number } | null = null;
  private reading: Promise<DatasetState | null> | null = null;
  private generation = 0;

  constructor(
    private readonly db: Db,
    /** 0: read on every request (still shared by requests that arrive together). */
    private readonly maxAgeMs = 0,
  ) {}

  async current(): Promise<DatasetState | null> {
    if (this.known && performance.now() - this.known.at < this.maxAgeMs) return this.known.state;
    this.reading ??= this.read();
    return this.reading;
  }

  /** The data has just changed: the next request reads the version again. */
  changed(): void {
    this.generation += 1;
    this.known = null;
    this.reading = null;
  }

  private async read(): Promise<DatasetState | null> {
    const generation = this.generation;
    const at = performance.now();
    try {
      const state = await readDataset(this.db);
      // A change announced while reading may not be in this answer: do not keep it.
      if (state && generation === this.generation) this.known = { state, at };
      return state;
    } finally {
      if (generation === this.generation) this.reading = null;
    }
  }
}
