import { z } from 'zod'

/**
 * The one shape every language's dictionary has: strict objects, so a missing or an extra key
 * fails (tests/unit/core/i18n/dictionaries.test.ts parses each dictionary with it). Every leaf is
 * text; `{name}` in a text is a value filled in where it is used (`t(key, { name })`).
 */
const text = z.string().min(1)

/** The public site's own templates (src/): header, footer, lists and evening pages. */
const site = z.strictObject({
  /** The first link of every page, for keyboard users. */
  skipToContent: text,
  /** The language switch in the header: its label, the other language's name and a hint in that language. */
  languageSwitchLabel: text,
  otherLanguageName: text,
  otherLanguageHint: text,
  /** The first breadcrumb, and the breadcrumb trail's label. */
  home: text,
  breadcrumbs: text,
  /** Footer headings; phone and e-mail also label a team's contact on a municipality page. */
  footerContact: text,
  footerLinks: text,
  phone: text,
  email: text,
  /** Easy-read: the link from a page, the suffix of its title, the link back. */
  easyReadLinkLong: text,
  easyReadSuffix: text,
  fullVersionLink: text,
  /** On each form: the link to its easy-read help. */
  easyReadFormHelp: text,
  /** The evenings list, the home page's evenings section and an evening's facts. */
  evenings: text,
  eveningsIntro: text,
  upcomingEvenings: text,
  noEvenings: text,
  allEvenings: text,
  when: text,
  where: text,
  online: text,
  accessibility: text,
  language: text,
  seats: text,
  /** `{n}`: the evening's capacity. */
  seatsValue: text,
  /** `{n}`: seats left, above the booking form (live from the CMS). */
  seatsLeft: text,
  full: text,
  book: text,
  /** `{n}`: the evening's length in minutes. */
  duration: text,
  cancelled: text,
  bookingClosed: text,
  /** Municipality pages and their list. */
  municipality: text,
  municipalities: text,
  municipalitiesIntro: text,
  /** Campaigns on the home page and on a municipality's page. */
  campaignsHeading: text,
  /** Under the header of a site built in demo mode (PORTAL_DEMO=1): its facts are made up. */
  demoNote: text,
  /** The privacy notice's part per municipality: controller, DPO and retention (`{days}`, `{months}`, `{name}`). */
  privacy: z.strictObject({
    heading: text,
    intro: text,
    controller: text,
    controllerDefault: text,
    dpo: text,
    retention: text,
    application: text,
    interest: text,
    booking: text,
    email: text,
  }),
  /**
   * A municipality's page, by what a resident wants (volunteer here, ask for support here), and the
   * service pages' pointer to each municipality's facts. `{place}`, `{groups}`: a team's district
   * (or municipality) and the groups it serves.
   */
  municipalityPage: z.strictObject({
    volunteerHeading: text,
    volunteerText: text,
    supportHeading: text,
    supportText: text,
    whoToCall: text,
    fees: text,
    feesLink: text,
    volunteerSupport: text,
    insurance: text,
    insuranceYes: text,
    insuranceNo: text,
    insuranceLink: text,
    notGiven: text,
    evenings: text,
    moreContacts: text,
    teamFor: text,
    groups: z.strictObject({
      'sol-children-youth': text,
      'sol-adults': text,
      lss: text,
      'elderly-care': text,
    }),
    emergencyHeading: text,
    emergency: text,
    emergency112: text,
    variesHeading: text,
    variesVolunteers: text,
    variesFamilies: text,
  }),
  /** The header's main menu: its label and the two paths, evenings and municipalities. */
  menuLabel: text,
  menuVolunteer: text,
  menuSupport: text,
  /** The calls to action that end a page for volunteers, for families, and their headings. */
  ctaVolunteerHeading: text,
  ctaVolunteerText: text,
  ctaInterest: text,
  ctaEvening: text,
  ctaFamilyHeading: text,
  ctaFamilyText: text,
  ctaApply: text,
  ctaCall: text,
  /** Heading of a page for both readers, above both calls to action. */
  ctaBothHeading: text,
  /** Volunteers' stories on the pages for volunteers: heading, the tag on a made-up one and its explanation. */
  storiesHeading: text,
  storyExample: text,
  storyExampleNote: text,
  /** The evenings list's filter by municipality: links to a list per municipality, no JavaScript. */
  filterMunicipality: text,
  filterAll: text,
  /** The header's search link and the search page, with its no-script fallback. */
  search: text,
  searchTitle: text,
  searchNoScript: text,
  /** The 404 page. */
  notFoundTitle: text,
  notFoundText: text,
  notFoundHome: text,
  /**
   * The public statistics page (/statistik/): suppressed aggregates per quarter. `{date}`: when the
   * CMS computed them; `{area}`: a municipality's name or the whole portal.
   */
  statistics: z.strictObject({
    title: text,
    lead: text,
    wholePortal: text,
    caption: text,
    quarter: text,
    quarterName: text,
    interestRegistrations: text,
    eveningsHeld: text,
    eveningAttendees: text,
    approvals: text,
    fewerThanFive: text,
    complementary: text,
    aboutFewerThanFive: text,
    aboutComplementary: text,
    downloads: text,
    csv: text,
    json: text,
    generatedAt: text,
    noData: text,
    areaColumn: text,
  }),
})

/** How the interest and application forms end: consent, button, receipt, and the island's problems. */
const registrationEnd = {
  consent: text,
  submit: text,
  receiptTitle: text,
  receiptNext: text,
  networkError: text,
  rateLimited: text,
}

/** The three public forms (core/forms/components), on the site, in the island and on the CMS's error page. */
const forms = z.strictObject({
  /** Worded the same in every form: error summary, consent link, spam trap, receipt, municipality and district. */
  shared: z.strictObject({
    errorSummary: text,
    privacyLink: text,
    /** The hidden spam-trap field's label, only bots and screen readers with CSS off meet it. */
    honeypot: text,
    receiptReference: text,
    /** A plain post's receipt: the next step, and for an application whom to call (`{phone}`), protected identity and emergencies. */
    nextHeading: text,
    readWhatNext: text,
    callUs: text,
    protectedIdentity: text,
    emergency: text,
    municipality: text,
    chooseMunicipality: text,
    district: text,
    districtHint: text,
    noDistrict: text,
  }),
  /** The interest registration (intresseanmälan): labels, hints, options, receipt and the island's problems. */
  interest: z.strictObject({
    title: text,
    intro: text,
    services: text,
    servicesHint: text,
    name: text,
    email: text,
    phone: text,
    household: text,
    householdHint: text,
    adults: text,
    children: text,
    ageGroup: text,
    ageGroups: z.strictObject({ children: text, 'young-people': text, adults: text, any: text }),
    about: text,
    aboutHint: text,
    /** "How did you hear about us?" and its options (CHANNELS). */
    channel: text,
    channels: z.strictObject({
      web: text,
      'social-media': text,
      advertising: text,
      'information-evening': text,
      'someone-i-know': text,
      school: text,
      partner: text,
      other: text,
    }),
    ...registrationEnd,
  }),
  /** The application for support (ansökan). */
  application: z.strictObject({
    title: text,
    intro: text,
    applicant: text,
    applicants: z.strictObject({ guardian: text, self: text }),
    forWhom: text,
    forWhomHint: text,
    forWhoms: z.strictObject({ child: text, 'young-person': text }),
    disability: text,
    service: text,
    /** The first service option: "not sure". */
    notSure: text,
    name: text,
    phone: text,
    callTime: text,
    callTimes: z.strictObject({ morning: text, afternoon: text, any: text }),
    email: text,
    emailHint: text,
    message: text,
    messageWarning: text,
    ...registrationEnd,
  }),
  /** Booking a seat at an information evening; the receipt differs for a seat and the waitlist. */
  booking: z.strictObject({
    title: text,
    name: text,
    email: text,
    emailHint: text,
    phone: text,
    seats: text,
    seatOptions: z.strictObject({ '1': text, '2': text }),
    needs: text,
    needsHint: text,
    services: text,
    consent: text,
    submit: text,
    /** The submit button when the evening is full. */
    joinWaitlist: text,
    receiptConfirmed: text,
    receiptWaitlisted: text,
    receiptNextConfirmed: text,
    receiptNextWaitlisted: text,
    /** The 409 answer when booking has closed since the page was built. */
    closed: text,
    networkError: text,
    rateLimited: text,
  }),
})

/**
 * Field errors, by the key a form schema fails with (`email.invalid`: core/forms/fields.ts), shown
 * inline and in the error summary; `form.*` are whole-form problems the endpoints answer with.
 */
const errors = z.strictObject({
  services: z.strictObject({ required: text }),
  municipality: z.strictObject({ required: text }),
  name: z.strictObject({ required: text, tooLong: text }),
  email: z.strictObject({ required: text, invalid: text }),
  phone: z.strictObject({ required: text, invalid: text }),
  adults: z.strictObject({ required: text }),
  children: z.strictObject({ invalid: text }),
  about: z.strictObject({ tooLong: text }),
  consent: z.strictObject({ required: text }),
  applicant: z.strictObject({ required: text }),
  forWhom: z.strictObject({ required: text }),
  service: z.strictObject({ required: text }),
  callTime: z.strictObject({ required: text }),
  seats: z.strictObject({ invalid: text }),
  needs: z.strictObject({ tooLong: text }),
  message: z.strictObject({ tooLong: text }),
  form: z.strictObject({ retry: text, rateLimited: text, tooLarge: text }),
  /** A failure without a known key (a tampered request): never the value itself. */
  field: z.strictObject({ unknown: text }),
})

/** Pages and messages the CMS shows: to editors in the admin, to bookers on the cancel page. */
const cms = z.strictObject({
  /** A page's slug refused in the admin (core/domain/slug.ts). */
  slug: z.strictObject({ format: text, reserved: text, taken: text }),
  /** A staff password refused; no commas, the admin's toast splits at them. `{min}`: the least length. */
  password: z.strictObject({ tooShort: text, common: text }),
  /** The page behind the personal cancel link in a booking e-mail. */
  cancel: z.strictObject({ title: text, ask: text, button: text, done: text, already: text, invalid: text }),
  /** The page behind the withdrawal link in a volunteer's confirmation e-mail. `{days}`: until erased. */
  withdraw: z.strictObject({
    title: text,
    ask: text,
    button: text,
    done: text,
    already: text,
    invalid: text,
  }),
  /** The draft preview beside the admin's editor. */
  preview: z.strictObject({ signInTitle: text, signInLink: text, banner: text, online: text }),
  /** A field refused in the admin: an evening's organising team must work in its municipality. */
  validation: z.strictObject({ teamOutsideMunicipality: text }),
  /** The case card at the top of a submission in the admin (cms/admin/caseCard). */
  caseCard: z.strictObject({
    label: text,
    reference: text,
    status: text,
    age: text,
    /** A submission's age: arrived today, one day or `{n}` days ago. */
    ageToday: text,
    ageOne: text,
    ageMany: text,
    teams: text,
    centralQueue: text,
    area: text,
    responsible: text,
    nobody: text,
    nextAction: text,
    noNextAction: text,
    overdue: text,
    plan: text,
    nextActionDate: text,
    savePlan: text,
    moveTo: text,
    ended: text,
    contactLog: text,
    noContacts: text,
    addContact: text,
    contactKind: text,
    contactNote: text,
    history: text,
    /** `{from}` `{to}`: team names; `{reason}`: why, as staff wrote it. */
    handOver: text,
    handOverReason: text,
    /** The author of what the portal did itself (arrival, a booking), and of a person the reader may not see. */
    portal: text,
    otherStaff: text,
    otherTeam: text,
    saveFailed: text,
    /** Refusals of the case-work hooks. */
    contactLogLocked: text,
    responsibleOutsideTeams: text,
    routing: z.strictObject({
      heading: text,
      /** `{service}` `{teams}` (`{district}` for a district). */
      district: text,
      municipality: text,
      cooperation: text,
      fallback: text,
      central: text,
      notSure: text,
    }),
  }),
  /** The column headings of an evening's attendee list (CSV), in the default language. */
  attendees: z.strictObject({
    reference: text,
    name: text,
    email: text,
    phone: text,
    seats: text,
    needs: text,
    attendance: text,
  }),
  /**
   * Handing a registration or an application to another team, on its edit view. `{reference}`
   * `{team}` in `confirm` and `done`.
   */
  handOver: z.strictObject({
    heading: text,
    intro: text,
    fromTeam: text,
    toTeam: text,
    choose: text,
    reason: text,
    reasonHint: text,
    submit: text,
    confirm: text,
    confirmButton: text,
    cancel: text,
    done: text,
    failed: text,
    noTargets: text,
  }),
  /** The read-only panel of the same person's other records in the municipality. */
  linkedRecords: z.strictObject({
    heading: text,
    intro: text,
    notReached: text,
    none: text,
    kind: text,
    teams: text,
    services: text,
    status: text,
    date: text,
    kinds: z.strictObject({ registration: text, booking: text }),
  }),
  /**
   * The admin's start page (cms/admin/today). `{age}` `{time}`: a span like "2 d 4 h"; `{days}`: the
   * promised working days; `{booked}` `{capacity}` `{waitlist}`: seat counts; `{at}`: a date and time.
   */
  today: z.strictObject({
    title: text,
    content: text,
    recruiter: z.strictObject({
      title: text,
      untouched: text,
      oldest: text,
      reminded: text,
      atRisk: text,
      mine: text,
      evenings: text,
      noEvenings: text,
      seats: text,
      unpublished: text,
      attendees: text,
    }),
    intake: z.strictObject({
      title: text,
      waiting: text,
      promise: text,
      left: text,
      overdue: text,
      none: text,
      /** Applications nobody closed that reached their longest time in the portal (retention). */
      escalated: text,
      escalatedNote: text,
    }),
    communications: z.strictObject({ title: text, pageDrafts: text, campaignDrafts: text, scheduled: text }),
    build: z.strictObject({ title: text, never: text, failed: text, lastGood: text, requested: text }),
    admin: z.strictObject({
      title: text,
      centralInterest: text,
      centralApplications: text,
      failedEmails: text,
      failedJobs: text,
      stuckJobs: text,
      escalated: text,
    }),
  }),
  /** A checkbox in a list or an export. */
  yesNo: z.strictObject({ yes: text, no: text }),
  /** The CSV export above a submission list; `received` heads the creation date's column. */
  listExport: z.strictObject({ button: text, received: text }),
  /**
   * The statistics view (cms/admin/statistics). `{n}`: a count; `{from}` `{through}`: the period's
   * first and last day; `{days}`: the promised call-back time in working days.
   */
  statistics: z.strictObject({
    nav: text,
    title: text,
    intro: text,
    notAllowed: text,
    failed: text,
    period: text,
    periods: z.strictObject({ '30': text, '90': text, '365': text, quarter: text, custom: text }),
    quarter: text,
    from: text,
    through: text,
    municipality: text,
    allMunicipalities: text,
    show: text,
    showing: text,
    empty: text,
    csv: text,
    chartNote: text,
    count: text,
    share: text,
    noRows: text,
    unknown: text,
    registrations: z.strictObject({
      heading: text,
      total: text,
      perWeek: text,
      week: text,
      byService: text,
      service: text,
      byChannel: text,
      channel: text,
      byCampaign: text,
      campaign: text,
      byDistrict: text,
      district: text,
    }),
    funnel: z.strictObject({
      heading: text,
      intro: text,
      step: text,
      reached: text,
      conversion: text,
      endings: text,
      ending: text,
    }),
    firstContact: z.strictObject({
      heading: text,
      intro: text,
      measure: text,
      value: text,
      measured: text,
      median: text,
      p90: text,
      within: text,
    }),
    atRisk: z.strictObject({ heading: text, now: text, perMonth: text, month: text, count: text }),
    evenings: z.strictObject({
      heading: text,
      evening: text,
      startsAt: text,
      bookings: text,
      confirmedSeats: text,
      waitlisted: text,
      attended: text,
      noShows: text,
      attendance: text,
      reachedAssessment: text,
      chart: text,
      none: text,
    }),
    campaigns: z.strictObject({ heading: text, registrations: text, channels: text, none: text }),
    applications: z.strictObject({
      heading: text,
      total: text,
      byService: text,
      service: text,
      notSure: text,
      byApplicant: text,
      applicant: text,
      applicants: z.strictObject({
        child: text,
        'child-lss': text,
        youth: text,
        'youth-lss': text,
        adult: text,
        'adult-lss': text,
      }),
      callBack: text,
      measured: text,
      promise: text,
      withinPromise: text,
    }),
  }),
  /**
   * The admin's access request (GDPR art. 15): the search form, what it found, the downloads, and
   * the readable report. `{time}`: when the report was made.
   */
  accessRequest: z.strictObject({
    title: text,
    intro: text,
    email: text,
    phone: text,
    search: text,
    found: text,
    none: text,
    downloadJson: text,
    downloadHtml: text,
    failed: text,
    adminsOnly: text,
    reportTitle: text,
    reportMade: text,
  }),
})

/** One text for each e-mail a booker may get (BookingMailKind in cms/mail/bookingMessages.ts). */
const perBookingMail = z.strictObject({
  confirmed: text,
  waitlisted: text,
  promoted: text,
  reminder: text,
  changed: text,
  cancelled: text,
})

/** E-mails (cms/mail). None takes personal data: references, names of teams and evenings, links. */
const mail = z.strictObject({
  /** To a team's shared address, always in the default language: a new submission, and the three-day reminder. */
  team: z.strictObject({
    kinds: z.strictObject({ interest: text, application: text }),
    /** `{kind}` `{team}` `{reference}` (and `{adminUrl}` in the text). */
    notificationSubject: text,
    notificationText: text,
    /** `{count}` `{team}`: one waiting registration, or many. */
    reminderSubjectOne: text,
    reminderSubjectMany: text,
    reminderIntroOne: text,
    reminderIntroMany: text,
    reminderOpen: text,
    /** Stands for the team name when the central queue is notified. */
    centralQueue: text,
    /** `{kind}` `{team}` `{fromTeam}` `{reference}` (and `{adminUrl}` in the text): a hand-over, without its reason. */
    handOverSubject: text,
    handOverText: text,
    /** `{team}` `{reference}` (and `{adminUrl}` in the text): the volunteer withdrew through their link. */
    withdrawnSubject: text,
    withdrawnText: text,
  }),
  /**
   * To a team and the admins: applications nobody closed that reached their longest time in the
   * portal; they are kept until closed. `{count}`; the list of references and links follows.
   */
  escalation: z.strictObject({ subjectOne: text, subjectMany: text, intro: text, outro: text }),
  /** To the person responsible for submissions whose next action is overdue. `{count}`. */
  nextAction: z.strictObject({ subjectOne: text, subjectMany: text, intro: text }),
  /** To a volunteer after an interest registration. `{reference}` in the subject. */
  interestConfirmation: z.strictObject({
    subject: text,
    intro: text,
    next: text,
    evenings: text,
    noEvenings: text,
    /** Stands for the place of an online evening in the list. */
    online: text,
    steps: text,
    reference: text,
    /** Before the volunteer's personal withdrawal link. */
    withdraw: text,
  }),
  /**
   * To an applicant who gave an address: nothing they wrote, and words a shared mailbox may show
   * (what they "sent", not what they applied for).
   */
  applicationConfirmation: z.strictObject({
    subject: text,
    intro: text,
    next: text,
    emergency: text,
    withdraw: text,
    reference: text,
  }),
  /** Every e-mail to a resident opens with the greeting (no name: nothing personal in a body) and ends with whom to call. */
  person: z.strictObject({ greeting: text, phone: text }),
  /** To a booker, one e-mail per booking event (BookingMailKind). `{seats}`: oneSeat or twoSeats. */
  booking: z.strictObject({
    subjects: perBookingMail,
    leads: perBookingMail,
    oneSeat: text,
    twoSeats: text,
    when: text,
    where: text,
    online: text,
    link: text,
    access: text,
    page: text,
    cancel: text,
    calendar: text,
    reference: text,
  }),
})

/** Labels of the organisation model, for the site and the admin's select options (core/domain). */
const domain = z.strictObject({
  services: z.strictObject({
    'contact-family': text,
    'contact-person': text,
    skkp: text,
    'lss-short-break-family': text,
    'lss-contact-person': text,
  }),
  programmeAreas: z.strictObject({
    'sol-children-youth': text,
    'sol-adults': text,
    lss: text,
    'elderly-care': text,
  }),
  formKinds: z.strictObject({ interest: text, application: text }),
  eveningLanguages: z.strictObject({ sv: text, en: text, 'sv-interpreted': text }),
  eveningStatuses: z.strictObject({ open: text, closed: text, cancelled: text }),
  /** Who a site page speaks to (core/domain/audience.ts). */
  audiences: z.strictObject({ volunteers: text, families: text, both: text }),
  interestStatuses: z.strictObject({
    new: text,
    contacted: text,
    'information-evening': text,
    assessment: text,
    approved: text,
    assigned: text,
    paused: text,
    withdrawn: text,
    'not-suitable': text,
  }),
  applicationStatuses: z.strictObject({ new: text, contacted: text, closed: text }),
  contactKinds: z.strictObject({ 'call-attempt': text, reached: text, note: text, 'email-sent': text }),
})

/** The admin: each collection's (and the site settings') names, field labels, descriptions and options. Staff text. */
const collections = z.strictObject({
  /** Applications for support (ansökningar). */
  applications: z.strictObject({
    singular: text,
    plural: text,
    fields: z.strictObject({
      status: text,
      closedAt: text,
      escalatedAt: text,
      applicant: text,
      forWhom: text,
      disability: text,
      service: text,
      name: text,
      phone: text,
      callTime: text,
      email: text,
      message: text,
    }),
    options: z.strictObject({
      applicant: z.strictObject({ guardian: text, self: text }),
      forWhom: z.strictObject({ child: text, 'young-person': text }),
      service: z.strictObject({ notSure: text }),
      callTime: z.strictObject({ morning: text, afternoon: text, any: text }),
    }),
  }),
  /** Bookings of evening seats. */
  bookings: z.strictObject({
    statuses: z.strictObject({ confirmed: text, waitlisted: text, cancelled: text }),
    singular: text,
    plural: text,
    fields: z.strictObject({
      reference: text,
      evening: text,
      team: text,
      status: text,
      sequence: text,
      seats: text,
      name: text,
      email: text,
      phone: text,
      needs: text,
      services: text,
      consentAt: text,
      attendance: text,
      staffNotes: text,
      interestRegistration: text,
      reminderSentAt: text,
    }),
    descriptions: z.strictObject({ status: text, staffNotes: text }),
    options: z.strictObject({
      attendance: z.strictObject({ attended: text, 'no-show': text }),
    }),
  }),
  /** Campaigns. */
  campaigns: z.strictObject({
    channels: z.strictObject({
      socialMedia: text,
      print: text,
      screens: text,
      schools: text,
      events: text,
      partners: text,
    }),
    singular: text,
    plural: text,
    fields: z.strictObject({
      title: text,
      slug: text,
      message: text,
      heroImage: text,
      services: text,
      municipalities: text,
      startsAt: text,
      endsAt: text,
      ctaLabel: text,
      channels: text,
      showOnHome: text,
    }),
  }),
  /** Volunteers' stories on the volunteer pages. */
  volunteerStories: z.strictObject({
    singular: text,
    plural: text,
    fields: z.strictObject({
      title: text,
      text: text,
      service: text,
      municipality: text,
      image: text,
      isExample: text,
    }),
    descriptions: z.strictObject({ isExample: text }),
  }),
  /** Information evenings. */
  infoEvenings: z.strictObject({
    singular: text,
    plural: text,
    fields: z.strictObject({
      topic: text,
      slug: text,
      description: text,
      municipality: text,
      organizingTeam: text,
      startsAt: text,
      durationMinutes: text,
      online: text,
      place: text,
      accessibilityNotes: text,
      onlineLink: text,
      language: text,
      capacity: text,
      bookingsCloseHoursBefore: text,
      status: text,
      bookings: text,
      availability: text,
    }),
    descriptions: z.strictObject({ slug: text }),
  }),
  /** Interest registrations (intresseanmälningar). */
  interestRegistrations: z.strictObject({
    singular: text,
    plural: text,
    fields: z.strictObject({
      status: text,
      services: text,
      name: text,
      email: text,
      phone: text,
      adults: text,
      children: text,
      ageGroup: text,
      about: text,
      channel: text,
      campaign: text,
      possibleDuplicates: text,
      endedAt: text,
    }),
  }),
  /** The gallring log: one record per deleted record, without personal data. */
  deletionRecords: z.strictObject({
    singular: text,
    plural: text,
    fields: z.strictObject({
      reference: text,
      kind: text,
      rule: text,
      erasure: text,
      deletedAt: text,
      municipality: text,
    }),
    kinds: z.strictObject({
      application: text,
      'interest-registration': text,
      booking: text,
      'outbox-message': text,
    }),
    rules: z.strictObject({
      'application-closed': text,
      'interest-ended': text,
      'interest-inactive': text,
      'booking-after-evening': text,
      'outbox-age': text,
      'statistics-horizon': text,
      'by-hand': text,
    }),
    erasures: z.strictObject({ anonymised: text, deleted: text }),
  }),
  /** Images. */
  media: z.strictObject({
    singular: text,
    plural: text,
    fields: z.strictObject({ alt: text }),
    descriptions: z.strictObject({ alt: text }),
  }),
  /** Municipalities and their districts. */
  municipalities: z.strictObject({
    singular: text,
    plural: text,
    fields: z.strictObject({
      name: text,
      code: text,
      slug: text,
      intro: text,
      districts: text,
      district: text,
      districtsName: text,
      districtsKey: text,
      fallbackTeam: text,
    }),
    descriptions: z.strictObject({ districts: text, fallbackTeam: text }),
    /** The municipality's retention schedule (core/domain/retention.ts); `{default}` is the value left blank means. */
    retention: z.strictObject({
      label: text,
      description: text,
      fields: z.strictObject({
        applicationDaysAfterClose: text,
        applicationEscalateAfterDays: text,
        interestDaysAfterEnd: text,
        interestInactiveMonths: text,
        bookingDaysAfterEvening: text,
        outboxDays: text,
        statisticsHorizonDays: text,
      }),
      /** Why a period's default is what it is. */
      why: z.strictObject({ statisticsHorizonDays: text }),
      blank: text,
    }),
    /** Who answers for its personal data, shown in the privacy notice (cms/fields/privacyContact.ts). */
    privacy: z.strictObject({
      label: text,
      description: text,
      controllerHint: text,
      fields: z.strictObject({ controller: text, controllerEmail: text, dpoEmail: text, dpoPhone: text }),
    }),
    /** What residents are told about the municipality (cms/fields/municipalityFacts.ts). */
    facts: z.strictObject({
      label: text,
      description: text,
      fields: z.strictObject({ phone: text, hours: text, text: text, url: text }),
      descriptions: z.strictObject({ url: text }),
      volunteerContact: z.strictObject({ label: text, description: text }),
      supportContact: z.strictObject({ label: text, description: text }),
      emergency: z.strictObject({ label: text, description: text }),
      fees: z.strictObject({ label: text, description: text }),
      volunteerSupport: z.strictObject({ label: text, description: text }),
      insurance: z.strictObject({
        label: text,
        covered: text,
        options: z.strictObject({ yes: text, no: text }),
        blank: text,
      }),
    }),
  }),
  /** Who looked at which application or registration, when and how (cms/collections/AccessLog). */
  accessLog: z.strictObject({
    singular: text,
    plural: text,
    group: text,
    fields: z.strictObject({
      staff: text,
      staffName: text,
      surface: text,
      collection: text,
      references: text,
    }),
    surfaces: z.strictObject({
      view: text,
      list: text,
      'api-read': text,
      'api-list': text,
      export: text,
      'access-request': text,
    }),
  }),
  /** The outbox of e-mails, under System. */
  outboxMessages: z.strictObject({
    singular: text,
    plural: text,
    group: text,
    fields: z.strictObject({
      to: text,
      subject: text,
      text: text,
      attachments: text,
      attempts: text,
      lastError: text,
      providerId: text,
      sentAt: text,
      municipality: text,
    }),
  }),
  /** The site's pages. */
  pages: z.strictObject({
    singular: text,
    plural: text,
    fields: z.strictObject({
      title: text,
      slug: text,
      summary: text,
      content: text,
      easyRead: text,
      metaDescription: text,
      audience: text,
      image: text,
    }),
    descriptions: z.strictObject({ slug: text, summary: text, easyRead: text, audience: text, image: text }),
  }),
  /** Teams and where submissions go. */
  teams: z.strictObject({
    singular: text,
    plural: text,
    fields: z.strictObject({
      name: text,
      municipalities: text,
      districts: text,
      programmeAreas: text,
      services: text,
      forms: text,
      notificationAddress: text,
      publicContact: text,
      active: text,
    }),
    descriptions: z.strictObject({ municipalities: text }),
  }),
  /** Staff accounts and roles. */
  users: z.strictObject({
    roles: z.strictObject({
      admin: text,
      communications: text,
      recruiter: text,
      intake: text,
      dataProtection: text,
    }),
    singular: text,
    plural: text,
    fields: z.strictObject({ name: text, roles: text, teams: text }),
  }),
  /** Fields both kinds of submission share (submissionFields.ts). */
  submissions: z.strictObject({
    fields: z.strictObject({
      locale: text,
      reference: text,
      history: text,
      municipality: text,
      district: text,
      consentAt: text,
      routedTeams: text,
      central: text,
      routingExplanation: text,
      lastChangeAt: text,
      remindedAt: text,
      atRisk: text,
      untouched: text,
      historyStatus: text,
      historyAt: text,
      historyBy: text,
      historyFromTeam: text,
      historyToTeam: text,
      historyReason: text,
      responsible: text,
      nextAction: text,
      nextActionAt: text,
      contactLog: text,
      contactKind: text,
      contactNote: text,
      contactAt: text,
      contactBy: text,
    }),
  }),
  /** Payload's queue of background jobs, which admins may look into. */
  jobs: z.strictObject({ singular: text, plural: text }),
  /** A contact group's fields, the same for a team's public contact and the portal's. */
  contactFields: z.strictObject({ phone: text, email: text, hours: text }),
  /** The site settings (a global). */
  siteSettings: z.strictObject({
    label: text,
    fields: z.strictObject({
      siteName: text,
      tagline: text,
      homePage: text,
      contact: text,
      footerLinks: text,
      footerLink: text,
      footerLinksLabel: text,
      footerLinksPage: text,
      footerLinksUrl: text,
      logo: text,
    }),
    descriptions: z.strictObject({ footerLinksUrl: text, logo: text }),
  }),
  /** How the static site's last build went (cms/globals/SiteBuild). */
  siteBuild: z.strictObject({
    label: text,
    outcomes: z.strictObject({ requested: text, failed: text }),
    fields: z.strictObject({ outcome: text, at: text, failure: text, lastRequestedAt: text }),
  }),
})

export const DictionarySchema = z.strictObject({ site, forms, errors, cms, mail, domain, collections })
export type Dictionary = z.infer<typeof DictionarySchema>
