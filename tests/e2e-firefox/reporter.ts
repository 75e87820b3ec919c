import type { Reporter, TestCase, TestModule } from 'vitest/node';

// One line a case, the failures in full, and a closing line of its own that .ci/run adds up:
// "Firefox e2e: N passed, M failed (T s)" (Vitest's own "Tests N passed" line is the unit tests').
export class FirefoxReporter implements Reporter {
  private started = Date.now();

  onTestRunStart(): void {
    this.started = Date.now();
    console.log('Firefox e2e (firefox-esr, puppeteer-core over WebDriver BiDi)');
  }

  onTestCaseResult(testCase: TestCase): void {
    const result = testCase.result();
    const ms = Math.round(testCase.diagnostic()?.duration ?? 0);
    if (result.state === 'passed') console.log(`  ✓ ${testCase.name} (${(ms / 1000).toFixed(1)} s)`);
    else if (result.state === 'failed') {
      console.log(`  ✗ ${testCase.name} (${(ms / 1000).toFixed(1)} s)`);
      for (const error of result.errors ?? []) console.log(`      ${error.stack ?? error.message}`);
    } else console.log(`  - ${testCase.name} (${result.state})`);
  }

  onTestRunEnd(testModules: readonly TestModule[], unhandledErrors: readonly unknown[]): void {
    let passed = 0;
    let failed = 0;
    for (const module of testModules) {
      for (const testCase of module.children.allTests()) {
        const state = testCase.result().state;
        if (state === 'passed') passed++;
        else if (state === 'failed') failed++;
      }
      for (const error of module.errors()) {
        failed++;
        console.log(`  ✗ ${module.moduleId}: ${error.stack ?? error.message}`);
      }
    }
    for (const error of unhandledErrors)
      console.log(`  unhandled: ${String((error as Error)?.stack ?? error)}`);
    if (unhandledErrors.length > 0) failed += unhandledErrors.length;
    const seconds = ((Date.now() - this.started) / 1000).toFixed(1);
    console.log(`Firefox e2e: ${passed} passed, ${failed} failed (${seconds} s)`);
  }
}
