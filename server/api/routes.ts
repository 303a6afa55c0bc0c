// Every API operation, in the order the reference lists them.
import type { AnyRoute } from '../http/route';
import type { ApiContext } from './context';
import { healthRoute } from './health';
import { jobEventsRoute, jobListRoute, jobRoute } from './jobs';
import { searchRoute } from './search';
import { uploadRoute } from './uploads';

export const API_ROUTES: readonly AnyRoute<ApiContext>[] = [
  healthRoute,
  searchRoute,
  uploadRoute,
  jobListRoute,
  jobRoute,
  jobEventsRoute,
];
