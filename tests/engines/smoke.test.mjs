// The smoke suite in Firefox ESR and WebKitGTK (Safari's engine): the walk
// a customer, an editor and a developer take, on the release build, in
// each engine the full Chromium suite does not cover. Started by the test
// command like the rest (scripts/test); the engines come from Debian
// (scripts/setup --browser).
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { serve, serveHost, SPEC_ANSWERS } from '../browser/harness.mjs';
import { firefox, RECORDER, webkit } from './drivers.mjs';

let site;
let host;
before(async () => {
  // With the deployment's Cache-Control (deploy/nginx.conf), as a visitor
  // meets it: the service worker then copies the page's files from the
  // HTTP cache instead of fetching them again.
  site = await serve(undefined, { cache: true, script: RECORDER });
  host = await serveHost();
});
after(async () => {
  await host?.close();
  await site?.close();
});

/** Walks the guided questions with `answers` in the page; returns what the
 *  result shows. */
async function questionnaire(dom, answers) {
  const step = () => dom.find('#re-step-heading')?.dataset.step;
  const next = async () => {
    const before = step();
    dom.click('form.re-step button[type=submit]');
    await dom.until(() => step() !== before);
  };
  await dom.until(() => dom.find(`#re-problem-${answers.problem}`));
  dom.click(`#re-problem-${answers.problem}`);
  await dom.tick();
  await next();
  if (step() === 'remedy') {
    dom.click(`#re-remedy-${answers.remedy}`);
    await dom.tick();
    await next();
  }
  if (step() === 'details') {
    for (const field of ['serviceStart', 'serviceEnd', 'amountPaid', 'problemStart', 'applicationDate']) {
      if (answers[field] !== undefined && dom.find(`#re-${field}`)) {
        dom.fill(`#re-${field}`, answers[field]);
        await dom.tick();
      }
    }
    await next();
  }
  if (step() === 'evidence') {
    for (const e of answers.evidence) {
      dom.click(`#re-evidence-${e}`);
      await dom.tick();
    }
    await next();
  }
  await dom.until(() => dom.find('.re-result .re-figure'));
  return { step: step(), verdict: dom.find('#re-result').dataset.verdict, figure: dom.text('.re-result .re-figure') };
}

/** Fills the calculator with the bandwidth example; returns its figure
 *  once it shows the last answer (USD 976.44 in English), or what it
 *  still shows after 5 s. On a loaded machine WebKit can take longer than
 *  a tick to draw the last answer, and the figure before it (USD 0.00:
 *  no application date yet, so today's) is no answer to test. */
async function calculator(dom) {
  await dom.until(() => dom.find('#re-problem'));
  dom.fill('#re-problem', 'bandwidth_below_contract');
  await dom.tick();
  for (const [f, v] of Object.entries({ serviceStart: '2025-01-01', serviceEnd: '2026-01-01', amountPaid: '1200.00', applicationDate: '2025-03-10' })) {
    dom.fill(`#re-${f}`, v);
    await dom.tick();
  }
  await dom.until(() => dom.find('.re-figure'));
  const end = Date.now() + 5000;
  while (dom.text('.re-figure') !== 'USD 976.44' && Date.now() < end) await dom.tick();
  return dom.text('.re-figure');
}

/** Opens the calculator's tab on our own page, then `calculator`; put
 *  together as source, since the pages' policy forbids eval. */
const CALCULATOR_TAB = `async (dom) => {
  await dom.until(() => dom.find('button.re-tab[data-view=calculator]'));
  dom.click('button.re-tab[data-view=calculator]');
  return (${calculator})(dom);
}`;

for (const start of [firefox, webkit]) {
  describe(start.name === 'firefox' ? 'Firefox ESR' : 'WebKitGTK', () => {
    let b;
    before(async () => {
      b = await start();
    });
    after(async () => {
      await b?.close();
    });

    test('a cold visit fetches the estimator’s wasm once', async (t) => {
      t.diagnostic(`${b.name} ${b.version}`);
      const from = site.requests.length;
      await b.open(`${site.url}?lang=en`);
      await b.until((dom) => Boolean(dom.find('.re-app [data-step]')));
      // Until the service worker has installed (it copies the page's
      // files) and the page is idle.
      assert.equal(await b.run(() => 'serviceWorker' in navigator), true, 'service workers are supported');
      await b.run(() => Promise.race([navigator.serviceWorker.ready, new Promise((ok) => setTimeout(ok, 8000))]));
      await new Promise((ok) => setTimeout(ok, 1000));
      const wasm = site.requests.slice(from).filter((p) => /refund-estimator-[0-9a-f]+_bg\.wasm$/.test(p));
      assert.equal(wasm.length, 1, `the estimator's wasm was fetched ${wasm.length} times`);
    });

    test('the guided questions reach the spec example’s result', async () => {
      await b.open(`${site.url}?lang=en`);
      const shown = await b.run(questionnaire, SPEC_ANSWERS);
      assert.deepEqual(shown, { step: 'result', verdict: 'likely_eligible', figure: 'USD 1,006.03' });
    });

    test('a clause link opens the rules view at the clause, with the provider’s published rules', async () => {
      const shown = await b.run(async (dom) => {
        dom.click('.re-result a.re-clause[data-clause="refund.quality"]');
        await dom.until(() => dom.find('.re-policy [id="clause-published.unsubscribe"]'));
        return {
          clause: Boolean(dom.find('[id="clause-refund.quality"]')),
          page: dom.find('[id="clause-published.unsubscribe"] .re-page-line a').href,
        };
      });
      assert.deepEqual(shown, { clause: true, page: 'https://www.alibabacloud.com/help/en/user-center/refund-rules' });
    });

    test('the calculator gives the bandwidth example’s figure', async () => {
      await b.open(`${site.url}?lang=en`);
      const figure = await b.run(CALCULATOR_TAB);
      assert.equal(figure, 'USD 976.44');
    });

    test('a script-tag embed on another origin works', async () => {
      host.pages['/article.html'] = `<!doctype html><html lang="fr"><head><meta charset="utf-8"><script src="${site.url}__test-script.js"></script><title>Article</title><link rel="icon" href="data:,"></head>
<body><h1>Article</h1><script type="module" src="${site.url}embed.js"></script>
<refund-estimator lang="en" view="calculator"><a href="${site.url}">Open the refund estimator</a></refund-estimator></body></html>`;
      await b.open(`${host.url}article.html`);
      const figure = await b.run(calculator);
      assert.equal(figure, 'USD 976.44');
      const title = await b.run(() => document.title);
      assert.equal(title, 'Article', 'the host page is left as it was');
    });

    test('the Verify page passes every golden case', async () => {
      await b.open(`${site.url}verify.html?lang=en`);
      const count = await b.until((dom) => {
        const text = dom.text('[data-testid=verify-count]');
        return /^\d+ of \d+ cases pass\.$/.test(text ?? '') && text;
      });
      const [, passed, all] = count.match(/^(\d+) of (\d+)/);
      assert.equal(passed, all, count);
      assert.ok(Number(all) >= 50, count);
    });

    test('the README’s JS API example gives its figures', async () => {
      await b.open(`${site.url}?lang=en`);
      await b.until(() => window.refundEstimator !== undefined);
      const out = await b.run(() => {
        const outcome = window.refundEstimator.evaluate({
          problem: 'hardware_failure', remedy: 'either', currency: 'USD', billing: 'subscription',
          amountPaid: '1200.00', serviceStart: '2025-01-01', serviceEnd: '2026-01-01',
          problemStart: '2025-03-01', stoppedUsing: '2025-03-01', applicationDate: '2025-03-10',
          listPrice: '1440.00', evidence: ['usage_records', 'problem_photos'], lang: 'en',
        });
        let error;
        try {
          window.refundEstimator.evaluate({ problem: 'hardware_failure', amountPaid: 'abc' });
        } catch (e) {
          error = { code: e.code, field: e.field };
        }
        return {
          verdict: outcome.verdict, amount: outcome.refund.amount, route: outcome.published.route,
          high: outcome.published.refund.high, low: outcome.published.refund.low, error,
        };
      });
      assert.deepEqual(out, {
        verdict: 'likely_eligible', amount: '1006.03', route: 'partial', high: '973.15', low: '927.78',
        error: { code: 'invalid_amount', field: 'amountPaid' },
      });
    });

    test('offline after one visit: the estimator and its calculator work with the site gone', async () => {
      // A site of its own, stopped once the service worker controls the
      // page: nothing can reach the network any more.
      const own = await serve(undefined, { cache: true, script: RECORDER });
      await b.open(`${own.url}?lang=en`);
      const controlled = await b.run(() => navigator.serviceWorker.ready.then(() => new Promise((ok) => {
        if (navigator.serviceWorker.controller) ok(true);
        else navigator.serviceWorker.addEventListener('controllerchange', () => ok(true), { once: true });
        setTimeout(() => ok(Boolean(navigator.serviceWorker.controller)), 8000);
      })));
      assert.equal(controlled, true, 'the service worker controls the page');
      // Once more online, so the worker also keeps this suite's own script
      // (the error recorder), which the first load fetched before it ran.
      await b.open(`${own.url}?lang=en`);
      await b.until((dom) => Boolean(dom.find('.re-app')));
      await own.close();
      await assert.rejects(fetch(own.url), 'the site is unreachable');
      await b.open(`${own.url}?lang=en`);
      const figure = await b.run(CALCULATOR_TAB);
      assert.equal(figure, 'USD 976.44');
    });

    test('no console errors on the way', async () => {
      const errors = [...b.errors, ...(b.pageErrors ? await b.pageErrors() : [])];
      assert.deepEqual(errors, []);
    });
  });
}
