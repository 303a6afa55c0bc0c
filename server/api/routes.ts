// Every API operation, in the order the reference lists them.
import type { AnyRoute } from '../http/route';
import { analyticsRoute, statsRoute } from './analytics';
import { agreementTimelineRoute, agreementsRoute } from './agreements';
import type { ApiContext } from './context';
import { documentRoute, documentsRoute } from './documents';
import { entityRoute } from './entities';
import { createCurationRoute, getCurationRoute, listCurationsRoute, undoCurationRoute } from './curations';
import { cypherExamplesRoute, cypherRoute } from './cypher';
import { exportByQueryRoute, exportRoute } from './export';
import { neighborhoodRoute, overviewRoute } from './graph';
import { healthRoute } from './health';
import { jobEventsRoute, jobListRoute, jobRoute } from './jobs';
import { pathsRoute } from './paths';
import { relationshipRoute } from './relationships';
import { searchRoute } from './search';
import { uploadRoute } from './uploads';

export const API_ROUTES: readonly AnyRoute<ApiContext>[] = [
  healthRoute,
  searchRoute,
  entityRoute,
  relationshipRoute,
  neighborhoodRoute,
  overviewRoute,
  pathsRoute,
  analyticsRoute,
  statsRoute,
  agreementsRoute,
  agreementTimelineRoute,
  documentsRoute,
  documentRoute,
  uploadRoute,
  jobListRoute,
  jobRoute,
  jobEventsRoute,
  createCurationRoute,
  listCurationsRoute,
  getCurationRoute,
  undoCurationRoute,
  cypherRoute,
  cypherExamplesRoute,
  exportRoute,
  exportByQueryRoute,
];
