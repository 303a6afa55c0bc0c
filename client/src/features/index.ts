// Every feature of the app, mounted in this order. A feature is a folder under features/ whose
// index.ts exports a Feature; add yours to this list.
import type { Feature } from '../app/host';
import { overview } from './overview';
import { search } from './search';
import { expand } from './expand';
import { filters } from './filters';
import { paths } from './paths';
import { history } from './history';
import { language } from './language';
import { cypherConsole } from './console';
import { curation } from './curation';
import { upload } from './upload';
import { exporter } from './export';

export const FEATURES: readonly Feature[] = [
  overview,
  search,
  expand,
  filters,
  paths,
  history,
  language,
  cypherConsole,
  curation,
  upload,
  exporter,
];
