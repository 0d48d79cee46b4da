/** A quantity read from a text: its value, what it measures, and where it stands. */

/** What a quantity measures. */
export type QuantityUnit = 'percent' | 'points' | 'multiple' | 'currency' | 'count' | 'duration' | 'measure' | 'year' | 'number';

/** A unit of time a duration is written in. */
export type DurationUnit = 'day' | 'week' | 'month' | 'quarter' | 'year';

/** One quantity of the text with its offsets (UTF-16, end exclusive, unit and symbol included). */
export interface Quantity {
  value: number;
  unit: QuantityUnit;
  start: number;
  end: number;
  /** ISO code of the currency (`USD`, `EUR`, `GBP`, …) for `currency`. */
  currency?: string;
  /** The counted noun of a `count` ("growth experiments"), lower-cased, with its offsets. */
  noun?: string;
  nounStart?: number;
  nounEnd?: number;
  /** The unit of a `duration` ("30-day" → day). */
  durationUnit?: DurationUnit;
  /** The unit of a `measure` as written ("ms", "seconds", "gb"). */
  measureUnit?: string;
  /** True after "per", "every" or "each": a rate's denominator, not an amount ("per 1,000 users"). */
  denominator?: boolean;
  /** The sign written before the number ("+10 points", "−2pp"), when there is one. */
  sign?: '+' | '-';
}
