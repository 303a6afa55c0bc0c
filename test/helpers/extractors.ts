// The test run's extraction workers, kept between ingests as a server keeps them: the suite ingests the
// seeds and its corpora again and again, and starting fresh workers each time cost seconds apiece.
import { ExtractorPool } from '../../ingest/extractor-pool';

export const TEST_EXTRACTORS = new ExtractorPool();
