import { afterAll, afterEach, beforeAll } from 'vitest';
import { clearFaults } from '@mocks/handlers/faults';
import { server } from '@mocks/node';

/** Answers the file's requests with the demo API (MSW). An unhandled request fails the test. */
export function serveMockApi() {
  beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
  afterEach(() => {
    server.resetHandlers();
    clearFaults();
  });
  afterAll(() => server.close());
}
