import * as migration_20261124_142313_initial from './20261124_142313_initial';
import * as migration_20261124_150357_organisation_campaigns_evenings from './20261124_150357_organisation_campaigns_evenings';

export const migrations = [
  {
    up: migration_20261124_142313_initial.up,
    down: migration_20261124_142313_initial.down,
    name: '20261124_142313_initial',
  },
  {
    up: migration_20261124_150357_organisation_campaigns_evenings.up,
    down: migration_20261124_150357_organisation_campaigns_evenings.down,
    name: '20261124_150357_organisation_campaigns_evenings'
  },
];
