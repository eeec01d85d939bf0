/** The seed's last line: `npm start` knows from it that the seed really ran to the end. */
export const SEED_DONE = 'seed: done'
