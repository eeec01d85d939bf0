import * as migration_20261206_165201_schema from './20261206_165201_schema';
import * as migration_20261206_165806_page_audience from './20261206_165806_page_audience';
import * as migration_20261206_180643_retention from './20261206_180643_retention';
import * as migration_20261206_181212_access_log from './20261206_181212_access_log';
import * as migration_20261206_200225_anonymise_for_statistics from './20261206_200225_anonymise_for_statistics';
import * as migration_20261206_211118_volunteer_stories from './20261206_211118_volunteer_stories';
import * as migration_20261206_211948_municipality_privacy from './20261206_211948_municipality_privacy';
import * as migration_20261206_212000_statistics_indexes from './20261206_212000_statistics_indexes';
import * as migration_20261206_212550_municipality_facts_page_image from './20261206_212550_municipality_facts_page_image';
import * as migration_20261206_232800_statistics_covering_indexes from './20261206_232800_statistics_covering_indexes';
import * as migration_20261207_000948_statistics_facts_indexes from './20261207_000948_statistics_facts_indexes';
import * as migration_20261207_001000_registration_facts_backfill from './20261207_001000_registration_facts_backfill';
import * as migration_20261207_050728_callback_facts from './20261207_050728_callback_facts';
import * as migration_20261207_050800_callback_facts_backfill from './20261207_050800_callback_facts_backfill';

export const migrations = [
  {
    up: migration_20261206_165201_schema.up,
    down: migration_20261206_165201_schema.down,
    name: '20261206_165201_schema',
  },
  {
    up: migration_20261206_165806_page_audience.up,
    down: migration_20261206_165806_page_audience.down,
    name: '20261206_165806_page_audience',
  },
  {
    up: migration_20261206_180643_retention.up,
    down: migration_20261206_180643_retention.down,
    name: '20261206_180643_retention',
  },
  {
    up: migration_20261206_181212_access_log.up,
    down: migration_20261206_181212_access_log.down,
    name: '20261206_181212_access_log',
  },
  {
    up: migration_20261206_200225_anonymise_for_statistics.up,
    down: migration_20261206_200225_anonymise_for_statistics.down,
    name: '20261206_200225_anonymise_for_statistics',
  },
  {
    up: migration_20261206_211118_volunteer_stories.up,
    down: migration_20261206_211118_volunteer_stories.down,
    name: '20261206_211118_volunteer_stories',
  },
  {
    up: migration_20261206_211948_municipality_privacy.up,
    down: migration_20261206_211948_municipality_privacy.down,
    name: '20261206_211948_municipality_privacy',
  },
  {
    up: migration_20261206_212000_statistics_indexes.up,
    down: migration_20261206_212000_statistics_indexes.down,
    name: '20261206_212000_statistics_indexes',
  },
  {
    up: migration_20261206_212550_municipality_facts_page_image.up,
    down: migration_20261206_212550_municipality_facts_page_image.down,
    name: '20261206_212550_municipality_facts_page_image',
  },
  {
    up: migration_20261206_232800_statistics_covering_indexes.up,
    down: migration_20261206_232800_statistics_covering_indexes.down,
    name: '20261206_232800_statistics_covering_indexes',
  },
  {
    up: migration_20261207_000948_statistics_facts_indexes.up,
    down: migration_20261207_000948_statistics_facts_indexes.down,
    name: '20261207_000948_statistics_facts_indexes',
  },
  {
    up: migration_20261207_001000_registration_facts_backfill.up,
    down: migration_20261207_001000_registration_facts_backfill.down,
    name: '20261207_001000_registration_facts_backfill',
  },
  {
    up: migration_20261207_050728_callback_facts.up,
    down: migration_20261207_050728_callback_facts.down,
    name: '20261207_050728_callback_facts',
  },
  {
    up: migration_20261207_050800_callback_facts_backfill.up,
    down: migration_20261207_050800_callback_facts_backfill.down,
    name: '20261207_050800_callback_facts_backfill',
  },
];
