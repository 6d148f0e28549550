// Type declarations for the refund estimator's JS API (window.refundEstimator)
// and its embed (<refund-estimator> and its result event).

export type Lang = 'en' | 'zh-CN';
export type Problem =
  | 'hardware_failure' | 'network_unstable' | 'other_defect'
  | 'bandwidth_below_contract' | 'config_mismatch'
  | 'natural_disaster' | 'government_policy'
  | 'no_longer_needed' | 'found_cheaper' | 'other';
export type Ground = 'quality' | 'not_as_promised' | 'force_majeure';
export type Evidence = 'usage_records' | 'problem_photos' | 'contract_or_order' | 'event_proof';
export type Remedy = 'refund' | 'exchange' | 'either';
export type Currency = 'USD' | 'CNY' | 'EUR' | 'GBP' | 'HKD' | 'SGD' | 'JPY';
export type Verdict = 'likely_eligible' | 'needs_evidence' | 'not_covered';
export type Basis = 'usage_time' | 'unused_time' | 'unusable_since';
export type Billing = 'subscription' | 'pay_as_you_go';
/** The article's clauses, then the provider's published rules (`published.*`). */
export type ClauseId =
  | 'grounds.quality' | 'grounds.not_as_promised' | 'grounds.force_majeure' | 'grounds.scope'
  | 'process.contact' | 'process.apply' | 'process.review' | 'process.notify'
  | 'refund.quality' | 'refund.not_as_promised' | 'refund.force_majeure'
  | 'published.unsubscribe' | 'published.consumed' | 'published.vouchers'
  | 'published.pay_as_you_go' | 'published.not_started' | 'published.payout'
  | 'published.example' | 'published.how_to' | 'published.renewals'
  | 'published.blockers' | 'published.china_site';
/** An amount as people type it: `1200.00`, `$1,200`, `3650元`, `RMB 3,650`, full-width digits, or a number. */
export type Amount = string | number;
/** A calendar date, `YYYY-MM-DD`, between 2000-01-01 and 2100-12-31. */
export type IsoDate = string;

/**
 * What `evaluate` takes. An exchange needs no dates and no amount; a refund
 * needs the amount and the term, and `problemStart` for quality and force
 * majeure. A reason the article does not list gets the published rules'
 * answer when the amount and the term are given.
 */
export interface RefundRequest {
  problem: Problem;
  /** Default `either`. */
  remedy?: Remedy;
  /** Default `USD`. */
  currency?: Currency;
  /** Default `subscription`. */
  billing?: Billing;
  /** Cash actually paid, after discounts, without vouchers; zero allowed. */
  amountPaid?: Amount;
  serviceStart?: IsoDate;
  /** The expiry date: the first day no longer paid for (the term is [serviceStart, serviceEnd)). */
  serviceEnd?: IsoDate;
  /** Needed for quality and force-majeure refunds; may be before serviceStart (carried over). */
  problemStart?: IsoDate;
  /** Quality and force majeure: the day use stopped (default `problemStart`); not before it. */
  stoppedUsing?: IsoDate;
  /** Default: today in the browser's time zone. */
  applicationDate?: IsoDate;
  /** Optional: the order's original price for the whole term, before discounts. */
  listPrice?: Amount;
  /** Default `[]`. */
  evidence?: Evidence[];
  /** Default `en`. */
  lang?: Lang;
}

export interface Refund {
  currency: Currency;
  /** Plain decimal string, e.g. "1006.03" ("1006" for JPY). */
  amount: string;
  /** The same in minor units (cents; yen for JPY). */
  amountMinor: number;
  termDays: number;
  chargedDays: number;
  refundableDays: number;
  basis: Basis;
  /** True when the policy gives no formula (force majeure) and the figure is ours. */
  estimate: boolean;
}

export interface Line {
  clause: ClauseId;
  text: string;
}

export type Route = 'partial' | 'full' | 'none';
export type PublishedReason = 'unused_time' | 'not_started' | 'pay_as_you_go' | 'term_ended' | 'nothing_paid';

/** What ending the subscription yourself would refund: `high` prices the used
 *  days as the provider's own worked example does (at the cash paid per day);
 *  `low`, with `listPrice`, as its downgrade rules would (the original price,
 *  times 1.5 under 30 days of use), which is an assumption. */
export interface PublishedRefund {
  currency: Currency;
  high: string;
  highMinor: number;
  /** Null without `listPrice`. */
  low: string | null;
  lowMinor: number | null;
  /** The application day counts as used. */
  usedDays: number;
  termDays: number;
  /** True when fewer than 30 days were used (the 1.5 of the downgrade pricing, in `low`). */
  surcharge: boolean;
}

/** The provider's published unsubscription rules' answer. */
export interface Published {
  route: Route;
  reason: PublishedReason;
  /** Null when the route is `none`. */
  refund: PublishedRefund | null;
  /** Cites only `published.*` clauses. */
  explanation: Line[];
}

export interface Outcome {
  verdict: Verdict;
  ground: Ground | null;
  remedies: Array<'exchange' | 'refund'>;
  missingEvidence: Evidence[];
  /** The article's refund; null when none is computed. */
  refund: Refund | null;
  explanation: Line[];
  nextSteps: Line[];
  /** `effectiveDate` is the article's publication date. */
  policy: { id: string; effectiveDate: IsoDate };
  /** Null for an exchange, or for an unlisted reason without the amount and the term. */
  published: Published | null;
}

export type ErrorCode =
  | 'invalid_request' | 'missing_field'
  | 'unknown_problem' | 'unknown_evidence' | 'unknown_remedy' | 'unknown_billing' | 'unsupported_currency'
  | 'invalid_amount' | 'amount_negative' | 'amount_too_large'
  | 'invalid_date' | 'date_out_of_range'
  | 'end_not_after_start' | 'problem_outside_term' | 'application_before_problem' | 'stopped_before_problem';

export type ErrorField =
  | 'request' | 'problem' | 'remedy' | 'evidence' | 'billing' | 'currency' | 'amountPaid'
  | 'serviceStart' | 'serviceEnd' | 'problemStart' | 'stoppedUsing' | 'applicationDate' | 'listPrice';

/** What `evaluate` throws for bad input. `message` is in the request's language. */
export interface RefundEstimatorError extends Error {
  code: ErrorCode;
  field: ErrorField;
}

export interface PolicyInfo {
  id: string;
  title: string;
  titleZh: string;
  effectiveDate: IsoDate;
  source: string;
  /** SHA-256 of the policy data this build carries. */
  sha256: string;
}

export interface RefundEstimatorApi {
  /** Throws a RefundEstimatorError for bad input. */
  evaluate(request: RefundRequest): Outcome;
  /** The crate version, e.g. "0.1.0". */
  readonly version: string;
  readonly policy: PolicyInfo;
}

/** Why neither rulebook would give money back, when money was asked for. */
export type NothingBack = 'term_ended' | 'term_used' | 'nothing_paid' | 'pay_as_you_go';

/** Detail of the `refund-estimator:result` event: no dates, no typed text. */
export interface ResultEventDetail {
  verdict: Verdict;
  /** The headline as the widget shows it, in its language: it accounts for
   *  the money (e.g. "Nothing would come back as a refund"). No dates. */
  headline: string;
  /** Why nothing would come back, when that is the headline; else null. */
  nothingBack: NothingBack | null;
  ground: Ground | null;
  /** The article's figure. */
  refund: { currency: Currency; amount: string; amountMinor: number; estimate: boolean } | null;
  /** The published rules' figure; the amounts are null when the route is `none`. */
  published: {
    route: Route; reason: PublishedReason; currency: Currency | null;
    high: string | null; highMinor: number | null; low: string | null; lowMinor: number | null;
  } | null;
}

/** Messages the iframe embed (embed.html) posts to its parent: the protocol
 *  between embed.html and iframe-host.js, which checks each one's window,
 *  origin and shape. Integrators do not read them: they listen to the
 *  `refund-estimator:result` DOM event that iframe-host.js dispatches on the
 *  iframe element. */
/** The `<refund-estimator>` element's attributes, all optional strings. A
 *  value that is not valid is ignored (the default applies). */
export interface RefundEstimatorAttributes {
  /** `en` or `zh-CN`; absent: the reader's browser language. */
  lang?: 'en' | 'zh-CN';
  view?: 'questionnaire' | 'calculator' | 'policy';
  /** The widget title's heading level, `1` to `4`; 2 by default. */
  'heading-level'?: '1' | '2' | '3' | '4';
  /** The theme's three colours as `#rrggbb`: all three or none. */
  bg?: string;
  text?: string;
  accent?: string;
  /** Corner radius in whole pixels, `0` to `24`. */
  radius?: string;
  font?: 'sans' | 'serif' | 'mono';
}

export type IframeMessage =
  | { type: 'refund-estimator:height'; id: string; height: number }
  | { type: 'refund-estimator:result'; id: string; detail: ResultEventDetail };

declare global {
  interface Window {
    /** Set once the wasm module is ready (see the `refund-estimator:ready` event). */
    refundEstimator?: RefundEstimatorApi;
  }
  interface WindowEventMap {
    'refund-estimator:ready': Event;
  }
  interface HTMLElementTagNameMap {
    /** Attributes (see `RefundEstimatorAttributes`): `lang`, `view`,
     *  `heading-level`, and the theme's `bg`, `text`, `accent`, `radius`,
     *  `font`. */
    'refund-estimator': HTMLElement;
  }
  interface HTMLElementEventMap {
    'refund-estimator:result': CustomEvent<ResultEventDetail>;
  }
}
