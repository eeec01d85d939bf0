// @ts-check
/**
 * Loaded first in the job worker (`--import`, server/jobWorker.mjs). Node keeps a child process
 * alive by its channel to the parent only while something listens on it, and the worker listens
 * only once Payload is open: when its loading stalled (under tsx's loader), it ended with exit
 * code 0 before it ran. Listening from the first moment keeps it until the server is gone.
 */
process.on('disconnect', () => {})
