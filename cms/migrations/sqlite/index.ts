import * as migration_20261124_142313_initial from './20261124_142313_initial';

export const migrations = [
  {
    up: migration_20261124_142313_initial.up,
    down: migration_20261124_142313_initial.down,
    name: '20261124_142313_initial'
  },
];
