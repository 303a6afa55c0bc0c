// Every API operation, in the order the reference lists them.
import type { AnyRoute } from '../http/route';
import type { ApiContext } from './context';
import { cypherExamplesRoute, cypherRoute } from './cypher';
import { exportByQueryRoute, exportRoute } from './export';
import { healthRoute } from './health';
import { searchRoute } from './search';

export const API_ROUTES: readonly AnyRoute<ApiContext>[] = [
  healthRoute,
  searchRoute,
  cypherRoute,
  cypherExamplesRoute,
  exportRoute,
  exportByQueryRoute,
];
