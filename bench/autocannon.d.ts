/**
 * The part of autocannon's promise API the bench uses; the package ships no types and the
 * project adds no `@types` package for a few call sites.
 */
declare module 'autocannon' {
  /** Options of one load test. */
  interface Options {
    url: string;
    connections?: number;
    /** Seconds. */
    duration?: number;
    pipelining?: number;
    /** Seconds before a request counts as timed out. */
    timeout?: number;
    headers?: Record<string, string>;
    method?: string;
    body?: string;
    /** Requests each connection sends in turn, instead of one request to `url`. */
    requests?: Array<{ method?: string; path?: string; headers?: Record<string, string>; body?: string }>;
  }

  /** A distribution as autocannon reports it (per-second samples, or latencies in ms). */
  interface Histogram {
    average: number;
    mean: number;
    stddev: number;
    min: number;
    max: number;
    total: number;
    p50: number;
    p90: number;
    p99: number;
  }

  /** What a finished load test measured, aggregated. */
  interface Result {
    duration: number;
    errors: number;
    timeouts: number;
    non2xx: number;
    resets: number;
    '2xx': number;
    requests: Histogram & { sent: number };
    latency: Histogram & { totalCount: number };
    throughput: Histogram;
    statusCodeStats: Record<string, { count: number }>;
  }

  /** What one run returns with `skipAggregateResult`: counts and encoded histograms, to merge later. */
  interface RawResult {
    /** Seconds, to the hundredth. */
    duration: number;
    totalCompletedRequests: number;
    totalRequests: number;
    errors: number;
    timeouts: number;
    non2xx: number;
  }

  /** Runs a load test and resolves with its result, raw when `skipAggregateResult` is set. */
  function autocannon(options: Options & { skipAggregateResult: true }): Promise<RawResult>;
  function autocannon(options: Options): Promise<Result>;

  namespace autocannon {
    /** Merges raw results of several runs against the same URL: latencies, counts, status codes. */
    function aggregateResult(results: RawResult[], options: Options): Result;
  }

  export default autocannon;
  export type { Histogram, Options, RawResult, Result };
}
