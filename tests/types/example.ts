// An integrator's code, checked with `tsc --noEmit` against the shipped
// declarations: if the declarations drift from the API, this stops compiling.
import type {
  Outcome, RefundEstimatorError, RefundRequest, ResultEventDetail, IframeMessage, RefundEstimatorAttributes,
} from '../../static/refund-estimator.d.ts';

const request: RefundRequest = {
  problem: 'hardware_failure', remedy: 'either', currency: 'USD', billing: 'subscription',
  amountPaid: '$1,200.00', serviceStart: '2025-01-01', serviceEnd: '2026-01-01',
  problemStart: '2025-03-01', stoppedUsing: '2025-03-05', applicationDate: '2025-03-10',
  listPrice: 1440, evidence: ['usage_records', 'problem_photos'], lang: 'en',
};

export function estimate(): string {
  const api = window.refundEstimator;
  if (!api) return 'not loaded';
  try {
    const outcome: Outcome = api.evaluate(request);
    const refund = outcome.refund;
    const clauses = outcome.explanation.map((line) => line.clause).join(', ');
    const published = outcome.published?.refund;
    const range = published ? `${published.low ?? published.high} – ${published.high}` : outcome.published?.reason;
    return `${outcome.verdict} ${refund ? `${refund.currency} ${refund.amount}` : 'no refund'} (${clauses}) ${range} ${api.policy.sha256}`;
  } catch (e) {
    const error = e as RefundEstimatorError;
    return `${error.code} on ${error.field}: ${error.message}`;
  }
}

window.addEventListener('refund-estimator:ready', () => estimate());

const widget = document.createElement('refund-estimator');
// Its attributes, typed: a themed calculator in Chinese.
const settings: RefundEstimatorAttributes = {
  lang: 'zh-CN', view: 'calculator', 'heading-level': '3', bg: '#fffdf5', text: '#1a1a1a', accent: '#7a2ea8', radius: '4', font: 'serif',
};
for (const [name, value] of Object.entries(settings)) widget.setAttribute(name, value);
widget.addEventListener('refund-estimator:result', (event) => {
  const detail: ResultEventDetail = event.detail;
  console.log(detail.verdict, detail.ground, detail.refund?.amountMinor, detail.published?.highMinor);
});

// The iframe embed, with iframe-host.js: the same event, on the iframe.
const frame = document.querySelector<HTMLIFrameElement>('iframe[data-refund-estimator]');
frame?.addEventListener('refund-estimator:result', (event) => {
  const detail: ResultEventDetail = event.detail;
  console.log(detail.verdict);
});

// The messages themselves are iframe-host.js's business; their type is
// exported for completeness.
export const sample: IframeMessage = { type: 'refund-estimator:height', id: '', height: 812 };
