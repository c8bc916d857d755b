import { expect, test as base } from '@playwright/test';

// Everything else as Playwright exports it, so a spec changes only where its import line points.
export * from '@playwright/test';

/** What a `securitypolicyviolation` event says, enough to find the cause. */
export interface CspViolation {
  page: string;
  directive: string;
  blocked: string;
  source: string;
}

/**
 * Every test runs under the built page's Content-Security-Policy and fails on any violation of it: a policy
 * that the app breaks somewhere (an export, a dialog, the print tab) would otherwise only show in a console.
 * Reported through a binding rather than kept on `window`, so a page that navigates or a popup (the print
 * tab) loses none; auto, so every spec that imports `test` from here is checked without asking.
 */
export const test = base.extend<{ cspViolations: CspViolation[] }>({
  cspViolations: [
    async ({ context }, use) => {
      const violations: CspViolation[] = [];
      await context.exposeBinding('__reportCspViolation', ({ page }, v: Omit<CspViolation, 'page'>) => {
        violations.push({ page: page.url(), ...v });
      });
      await context.addInitScript(() => {
        document.addEventListener('securitypolicyviolation', (e) => {
          const report = (window as unknown as { __reportCspViolation?: (v: object) => void }).__reportCspViolation;
          report?.({
            directive: e.effectiveDirective,
            blocked: e.blockedURI,
            source: `${e.sourceFile}:${e.lineNumber}:${e.columnNumber} ${e.sample}`,
          });
        });
      });
      await use(violations);
      // A violation is reported in a task after the blocked act: let each open page run its queued tasks,
      // whose reports reach here before the evaluation's answer does.
      for (const page of context.pages()) {
        await page.evaluate(() => new Promise((resolve) => setTimeout(resolve, 50))).catch(() => undefined);
      }
      expect(violations, 'Content-Security-Policy violations').toEqual([]);
    },
    { auto: true },
  ],
});
