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
export type ClauseId =
  | 'grounds.quality' | 'grounds.not_as_promised' | 'grounds.force_majeure' | 'grounds.scope'
  | 'process.contact' | 'process.apply' | 'process.review' | 'process.notify'
  | 'refund.quality' | 'refund.not_as_promised' | 'refund.force_majeure';
/** A calendar date, `YYYY-MM-DD`, between 2000-01-01 and 2100-12-31. */
export type IsoDate = string;

/** What `evaluate` takes. Dates and amount are needed only when a refund is computed. */
export interface RefundRequest {
  problem: Problem;
  /** Default `either`. */
  remedy?: Remedy;
  /** Default `USD`. */
  currency?: Currency;
  /** Money actually paid, after discounts, without vouchers: a decimal string or a number. */
  amountPaid?: string | number;
  serviceStart?: IsoDate;
  /** The first day no longer paid for (the term is [serviceStart, serviceEnd)). */
  serviceEnd?: IsoDate;
  /** Needed for quality and force-majeure problems. */
  problemStart?: IsoDate;
  /** Default: today in the browser's time zone. */
  applicationDate?: IsoDate;
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

export interface Outcome {
  verdict: Verdict;
  ground: Ground | null;
  remedies: Array<'exchange' | 'refund'>;
  missingEvidence: Evidence[];
  refund: Refund | null;
  explanation: Line[];
  nextSteps: Line[];
  policy: { id: string; effectiveDate: IsoDate };
}

export type ErrorCode =
  | 'invalid_request' | 'missing_field'
  | 'unknown_problem' | 'unknown_evidence' | 'unknown_remedy' | 'unsupported_currency'
  | 'invalid_amount' | 'amount_not_positive' | 'amount_too_large'
  | 'invalid_date' | 'date_out_of_range'
  | 'end_not_after_start' | 'problem_outside_term' | 'application_before_problem';

export type ErrorField =
  | 'request' | 'problem' | 'remedy' | 'currency' | 'amountPaid'
  | 'serviceStart' | 'serviceEnd' | 'problemStart' | 'applicationDate' | 'evidence';

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

/** Detail of the `refund-estimator:result` event: no dates, no free text. */
export interface ResultEventDetail {
  verdict: Verdict;
  ground: Ground | null;
  refund: { currency: Currency; amount: string; amountMinor: number; estimate: boolean } | null;
}

/** Messages the iframe embed (embed.html) posts to its parent. */
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
    'refund-estimator': HTMLElement;
  }
  interface HTMLElementEventMap {
    'refund-estimator:result': CustomEvent<ResultEventDetail>;
  }
}
