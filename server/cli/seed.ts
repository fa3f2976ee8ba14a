/** npm run db:seed: replaces the stored data with the demo dataset (mocks/data). */
import { readConfig } from '../config';
import { callRunningServer } from '../import/channel-client';
import { readDemoDataset } from '../seed/demo-dataset';
import { loadDataset } from '../seed/load-dataset';
import { withDatabase } from './direct';

const config = readConfig();
const viaServer = config.databaseUrl ? null : await callRunningServer(config.dataDir, 'POST', '/seed');
const version = viaServer
  ? (JSON.parse(viaServer) as { datasetVersion: string }).datasetVersion
  : await withDatabase((db) => loadDataset(db, readDemoDataset()));
console.log(`seeded the demo dataset (mocks/data); dataset version ${version}`);
