import type { TaskConfig, TaskHandler } from 'payload'

const ADDRESS = /[^\s@<>"']+@[^\s@<>"']+/g
const NUMBER = /\+?\d[\d\s-]{4,}\d/g

/**
 * The log line for a failed job attempt: task, message kind and error, never an input value. An
 * error's message may quote what it failed on, so addresses and long numbers are masked.
 */
export function failureLine(task: string, kind: string | undefined, attempt: number, error: unknown): string {
  const name = error instanceof Error ? error.name : 'Error'
  const message = (error instanceof Error ? error.message : String(error))
    .replace(ADDRESS, '[address]')
    .replace(NUMBER, '[number]')
    .slice(0, 300)
  return `job ${task}${kind ? ` (${kind})` : ''} failed on attempt ${attempt}: ${name}: ${message}`
}

/** Wraps a task's handler so that each failed attempt is logged by `failureLine` and then rethrown for the queue to retry. */
export function loggingFailures(task: TaskConfig): TaskConfig {
  const handler = task.handler as TaskHandler<never>
  return {
    ...task,
    handler: (async (args: Parameters<TaskHandler<never>>[0]) => {
      try {
        return await handler(args)
      } catch (error) {
        const input: unknown = args.input
        const kind =
          input && typeof input === 'object' && 'kind' in input && typeof input.kind === 'string'
            ? input.kind
            : undefined
        args.req.payload.logger.error(failureLine(task.slug, kind, (args.job.totalTried ?? 0) + 1, error))
        throw error
      }
    }) as TaskConfig['handler'],
  }
}
