/**
 * Units of the cost model. The aliases document what a number means; they are plain numbers so
 * that the UI, the URL codec and the tests can pass values without casts.
 */

/** US dollars. */
export type Dollars = number;
/** US dollars per one request. */
export type DollarsPerRequest = number;
/** US dollars per 1,000,000 tokens, the way every price list quotes tokens. */
export type DollarsPerMillionTokens = number;
/** Requests in one day (month 1's average unless said otherwise). */
export type RequestsPerDay = number;
/** Tokens, counted in prompting model A's tokenizer unless said otherwise. */
export type Tokens = number;
/** Whole or fractional months; month 0 is the moment before month 1. */
export type Months = number;
/** A share between 0 and 1 (0.05 means 5 %); percent conversion happens only in the UI. */
export type Fraction = number;

/** A month is 30 days, as cloud bills and most published cost examples count. */
export const DAYS_PER_MONTH = 30;
/** 30 days × 24 hours. */
export const HOURS_PER_MONTH = 720;
/** 30 days × 86,400 seconds, for GPU load in tokens per second. */
export const SECONDS_PER_MONTH = DAYS_PER_MONTH * 86_400;
/** Token prices are quoted per million tokens. */
export const TOKENS_PER_PRICE_UNIT = 1_000_000;
/** The largest valid `requestsPerDay`; the break-even volume is searched up to here. */
export const MAX_REQUESTS_PER_DAY: RequestsPerDay = 100_000_000;
/** The volume chart and sweep span this range (the requests slider's range). */
export const SWEEP_MIN_REQUESTS_PER_DAY: RequestsPerDay = 10;
export const SWEEP_MAX_REQUESTS_PER_DAY: RequestsPerDay = 10_000_000;
