import * as migration_20261206_165201_schema from './20261206_165201_schema';
import * as migration_20261206_170501_retention from './20261206_170501_retention';

export const migrations = [
  {
    up: migration_20261206_165201_schema.up,
    down: migration_20261206_165201_schema.down,
    name: '20261206_165201_schema',
  },
  {
    up: migration_20261206_170501_retention.up,
    down: migration_20261206_170501_retention.down,
    name: '20261206_170501_retention'
  },
];
