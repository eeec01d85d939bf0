import * as migration_20261206_165201_schema from './20261206_165201_schema';

export const migrations = [
  {
    up: migration_20261206_165201_schema.up,
    down: migration_20261206_165201_schema.down,
    name: '20261206_165201_schema'
  },
];
