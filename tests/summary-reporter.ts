import type { Reporter, TestModule } from 'vitest/node'

/**
 * Ends the run with the plain "N passed, N failed" line that CI reads. A file that failed to load
 * (or an unhandled error) counts as a failure, so a broken suite never reads as green.
 */
export default class SummaryReporter implements Reporter {
  onTestRunEnd(testModules: ReadonlyArray<TestModule>, unhandledErrors: ReadonlyArray<unknown>) {
    let passed = 0
    let failed = unhandledErrors.length
    for (const module of testModules) {
      if (module.state() === 'failed' && [...module.children.allTests()].length === 0) failed += 1
      for (const test of module.children.allTests()) {
        const state = test.result().state
        if (state === 'passed') passed += 1
        else if (state === 'failed') failed += 1
      }
      if (module.errors().length) failed += 1
    }
    console.log(`\n${passed} passed, ${failed} failed`)
  }
}
