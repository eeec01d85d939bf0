// @ts-check
/**
 * Loaded first in the job worker (`--import`, cms/server.mjs). Node keeps a child process alive by
 * its channel to the parent only while something listens on it; loading the worker's modules
 * through tsx's loader holds nothing else, so on a busy machine the worker ended with exit code 0
 * before it ran. Listening from the first moment keeps it until the server is gone.
 */
process.on('disconnect', () => {})
