import * as migration_20261124_142313_initial from './20261124_142313_initial';
import * as migration_20261124_150357_organisation_campaigns_evenings from './20261124_150357_organisation_campaigns_evenings';
import * as migration_20261124_153130_interest_registrations from './20261124_153130_interest_registrations';
import * as migration_20261124_160617_applications from './20261124_160617_applications';
import * as migration_20261124_171454_outbox_follow_up_retention from './20261124_171454_outbox_follow_up_retention';
import * as migration_20261124_171849_action_queue_presets from './20261124_171849_action_queue_presets';
import * as migration_20261124_175727_bookings_seat_ledgers from './20261124_175727_bookings_seat_ledgers';
import * as migration_20261125_104532_booking_notes_duplicates from './20261125_104532_booking_notes_duplicates';
import * as migration_20261206_152718_staff_workspace from './20261206_152718_staff_workspace';

export const migrations = [
  {
    up: migration_20261124_142313_initial.up,
    down: migration_20261124_142313_initial.down,
    name: '20261124_142313_initial',
  },
  {
    up: migration_20261124_150357_organisation_campaigns_evenings.up,
    down: migration_20261124_150357_organisation_campaigns_evenings.down,
    name: '20261124_150357_organisation_campaigns_evenings',
  },
  {
    up: migration_20261124_153130_interest_registrations.up,
    down: migration_20261124_153130_interest_registrations.down,
    name: '20261124_153130_interest_registrations',
  },
  {
    up: migration_20261124_160617_applications.up,
    down: migration_20261124_160617_applications.down,
    name: '20261124_160617_applications',
  },
  {
    up: migration_20261124_171454_outbox_follow_up_retention.up,
    down: migration_20261124_171454_outbox_follow_up_retention.down,
    name: '20261124_171454_outbox_follow_up_retention',
  },
  {
    up: migration_20261124_171849_action_queue_presets.up,
    down: migration_20261124_171849_action_queue_presets.down,
    name: '20261124_171849_action_queue_presets',
  },
  {
    up: migration_20261124_175727_bookings_seat_ledgers.up,
    down: migration_20261124_175727_bookings_seat_ledgers.down,
    name: '20261124_175727_bookings_seat_ledgers',
  },
  {
    up: migration_20261125_104532_booking_notes_duplicates.up,
    down: migration_20261125_104532_booking_notes_duplicates.down,
    name: '20261125_104532_booking_notes_duplicates',
  },
  {
    up: migration_20261206_152718_staff_workspace.up,
    down: migration_20261206_152718_staff_workspace.down,
    name: '20261206_152718_staff_workspace'
  },
];
