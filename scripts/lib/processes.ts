import { type ChildProcess, spawn } from 'node:child_process'

const children = new Set<ChildProcess>()

/**
 * Runs a Node program with this same Node binary (the project's Node 22), in its own process group
 * so that stopping it also stops whatever it started.
 */
export function runNode(
  script: string,
  args: string[],
  options: { env: NodeJS.ProcessEnv; cwd?: string; quiet?: boolean },
): ChildProcess {
  const child = spawn(process.execPath, [script, ...args], {
    cwd: options.cwd,
    env: options.env,
    detached: true,
    stdio: ['ignore', options.quiet ? 'pipe' : 'inherit', 'inherit'],
  })
  children.add(child)
  child.on('exit', () => children.delete(child))
  return child
}

/** Resolves when the program exits with 0; rejects with its exit code otherwise. */
export function completion(child: ChildProcess, what: string): Promise<void> {
  return new Promise((resolve, reject) => {
    child.on('error', reject)
    child.on('exit', (code, signal) =>
      code === 0 ? resolve() : reject(new Error(`${what} failed (${signal ?? `exit code ${code}`})`)),
    )
  })
}

export function stopAll(): void {
  for (const child of children) {
    try {
      if (child.pid) process.kill(-child.pid, 'SIGTERM')
    } catch {
      // Already gone.
    }
  }
}

/** Ctrl-C (or a terminal closing) stops every process this script started. */
export function stopChildrenOnExit(onStop?: () => void): void {
  for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) {
    process.on(signal, () => {
      onStop?.()
      stopAll()
      process.exit(signal === 'SIGINT' ? 130 : 143)
    })
  }
  process.on('exit', stopAll)
}
