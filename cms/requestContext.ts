// What our own writes tell the hooks they pass through, named and typed in one place.

declare module 'payload' {
  export interface RequestContext {
    /** A write of the booking flow itself (a promotion, its pipeline link, a reminder stamp): it may change a booking's status. */
    seatLedger?: boolean
    /** A registration created for a booking: the booking's e-mail already confirms, so it sends none of its own. */
    fromBooking?: boolean
    /** The seeder writing: no edit marks on seeded documents, and one site rebuild at the end instead of one per page. */
    seeding?: boolean
  }
}

export {}
