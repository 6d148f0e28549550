// Accessibility (axe-core) on every view, in both languages and both colour
// schemes; screenshots of each view at 375 px and 1280 px for a person to
// look at (tests/browser/screenshots, not committed).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { useSite, openUi, answerQuestionnaire, SPEC_ANSWERS } from './harness.mjs';

const require = createRequire(import.meta.url);
const AXE = require.resolve('axe-core/axe.min.js');
const SHOTS = new URL('./screenshots/', import.meta.url).pathname;

mkdirSync(SHOTS, { recursive: true });
let server, browser;
useSite((s, b) => {
  server = s;
  browser = b;
});

/** Each view, reached as a person would. */
const VIEWS = {
  'questions': async () => {},
  'details-error': async (page) => {
    await page.check('#re-problem-hardware_failure');
    await page.click('form.re-step button[type=submit]');
    await page.click('form.re-step button[type=submit]');
    await page.fill('#re-amountPaid', '12abc');
    await page.click('form.re-step button[type=submit]');
  },
  'result': async (page) => answerQuestionnaire(page, { ...SPEC_ANSWERS, evidence: ['usage_records'] }),
  'calculator': async (page) => {
    await page.click('[data-view=calculator]');
    await page.selectOption('#re-problem', 'natural_disaster');
    for (const [f, v] of Object.entries({ serviceStart: '2025-06-01', serviceEnd: '2025-09-01', amountPaid: '500', problemStart: '2025-08-15', applicationDate: '2025-08-20' })) {
      await page.fill(`#re-${f}`, v);
    }
  },
  'policy': async (page) => page.click('[data-view=policy]'),
  'verify': async (page) => {
    await Promise.all([page.waitForNavigation(), page.click('[data-testid=verify-link]')]);
    await page.waitForSelector('.re-verify-table');
  },
  'builder': async (page) => {
    await Promise.all([page.waitForNavigation(), page.click('[data-testid=builder-link]')]);
    await page.waitForSelector('#builder-preview >> .re-app');
    await page.check('#builder-colours');
    await page.fill('#builder-radius', 'x');
  },
};

async function axe(page) {
  await page.addScriptTag({ path: AXE });
  return page.evaluate(async () => {
    const root = document.querySelector('.re-app');
    const result = await window.axe.run(root, { resultTypes: ['violations'] });
    return result.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`);
  });
}

for (const [name, reach] of Object.entries(VIEWS)) {
  for (const locale of ['en-US', 'zh-CN']) {
    for (const colorScheme of ['light', 'dark']) {
      test(`axe: ${name}, ${locale}, ${colorScheme}`, async () => {
        // axe-core is injected as an inline script: let it past the CSP
        // here (the CSP itself is tested in reliability.test.mjs).
        const { page, context } = await openUi(browser, server.url, { locale, colorScheme, bypassCSP: true });
        await reach(page);
        assert.deepEqual(await axe(page), []);
        await context.close();
      });
    }
  }
}

for (const [name, reach] of Object.entries(VIEWS)) {
  for (const width of [375, 1280]) {
    test(`screenshot: ${name} at ${width} px`, async () => {
      for (const [locale, colorScheme] of [['en-US', 'light'], ['zh-CN', 'light'], ['en-US', 'dark']]) {
        const { page, context } = await openUi(browser, server.url, {
          locale, colorScheme, viewport: { width, height: 900 },
        });
        await reach(page);
        // Nothing may stick out sideways on a narrow screen.
        const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
        assert.ok(overflow <= 0, `${name} ${locale} ${width}px overflows by ${overflow}px`);
        await page.screenshot({ path: `${SHOTS}${name}-${locale}-${colorScheme}-${width}.png`, fullPage: true });
        await context.close();
      }
    });
  }
}

for (const [name, reach] of Object.entries(VIEWS)) {
  test(`320 px wide and touch targets of at least 44 px: ${name}`, async () => {
    const { page, context } = await openUi(browser, server.url, { viewport: { width: 320, height: 700 }, hasTouch: true });
    await reach(page);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    assert.ok(overflow <= 0, `overflows by ${overflow}px`);
    const small = await page.$$eval(
      '.re-app button, .re-app select, .re-app input:not([type=radio]):not([type=checkbox]), .re-app label.re-choice, .re-app a.re-clause',
      (els) => els
        .filter((e) => e.offsetParent !== null)
        .map((e) => [e.outerHTML.slice(0, 60), e.getBoundingClientRect()])
        .filter(([, r]) => r.height < 44 || r.width < 44)
        .map(([html, r]) => `${html} ${Math.round(r.width)}x${Math.round(r.height)}`),
    );
    assert.deepEqual(small, []);
    await context.close();
  });
}
