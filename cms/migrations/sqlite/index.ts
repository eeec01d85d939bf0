import * as migration_20261206_165201_schema from './20261206_165201_schema';
import * as migration_20261206_165952_access_log from './20261206_165952_access_log';

export const migrations = [
  {
    up: migration_20261206_165201_schema.up,
    down: migration_20261206_165201_schema.down,
    name: '20261206_165201_schema',
  },
  {
    up: migration_20261206_165952_access_log.up,
    down: migration_20261206_165952_access_log.down,
    name: '20261206_165952_access_log'
  },
];
