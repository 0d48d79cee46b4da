/**
 * The words of quantities: number words and their values, multiples ("double", "halve"),
 * currencies, scales ("k", "million", "lakh") and units of time, and the readers of a run of
 * number words and of a group of digits.
 */
import type { DurationUnit } from './quantity.js';

/** Reads a table written `key value · key value` (line breaks also separate entries). */
function wordTable(text: string): Readonly<Record<string, string>> {
  const table: Record<string, string> = {};
  for (const entry of text.split(/[·\n]/)) {
    const [key, value] = entry.trim().split(/\s+/);
    if (key && value) table[key] = value;
  }
  return table;
}

/** Like `wordTable`, with numeric values ("ten 10 · dozen 12 · thousand 1e3"). */
function numberTable(text: string): Readonly<Record<string, number>> {
  return Object.fromEntries(Object.entries(wordTable(text)).map(([k, v]) => [k, Number(v)]));
}

/** Values of number words; `hundred` and larger multiply what comes before them. */
export const NUMBER_WORDS: Readonly<Record<string, number>> = numberTable(`
  zero 0 · one 1 · two 2 · three 3 · four 4 · five 5 · six 6 · seven 7 · eight 8 · nine 9 · ten 10 · eleven 11
  twelve 12 · thirteen 13 · fourteen 14 · fifteen 15 · sixteen 16 · seventeen 17 · eighteen 18 · nineteen 19 · twenty 20
  thirty 30 · forty 40 · fourty 40 · fifty 50 · sixty 60 · seventy 70 · eighty 80 · ninety 90 · hundred 100
  thousand 1e3 · million 1e6 · billion 1e9 · dozen 12 · half 0.5
`);

/** Verbs and adverbs that state a multiple ("double", "halve", "twice"). */
export const MULTIPLE_WORDS: Readonly<Record<string, number>> = numberTable(`
  double 2 · doubled 2 · doubles 2 · doubling 2 · twice 2 · twofold 2 · triple 3 · tripled 3 · triples 3 · tripling 3
  threefold 3 · thrice 3 · quadruple 4 · quadrupled 4 · quadruples 4 · quadrupling 4 · fourfold 4 · quintuple 5
  quintupled 5 · fivefold 5 · tenfold 10 · halve 0.5 · halved 0.5 · halves 0.5 · halving 0.5
`);

/** Currency symbols and the ISO code each stands for. */
export const CURRENCY_SYMBOLS: Readonly<Record<string, string>> = wordTable(`
  $ USD · us$ USD · a$ AUD · au$ AUD · c$ CAD · ca$ CAD · nz$ NZD · hk$ HKD · s$ SGD · r$ BRL · € EUR · £ GBP · ¥ JPY
  ₹ INR · ₩ KRW · ₽ RUB · ₺ TRY · ₪ ILS · ₫ VND · ฿ THB · ₦ NGN · ₱ PHP · ₴ UAH · zł PLN · kr SEK · chf CHF
`);

/** Currency names and codes written after or before the amount ("250,000 dollars", "EUR 40"). */
export const CURRENCY_WORDS: Readonly<Record<string, string>> = wordTable(`
  usd USD · eur EUR · gbp GBP · jpy JPY · inr INR · cad CAD · aud AUD · chf CHF · sek SEK · nok NOK · dkk DKK · brl BRL
  mxn MXN · cny CNY · rmb CNY · sgd SGD · hkd HKD · nzd NZD · zar ZAR · pln PLN · krw KRW · ils ILS · aed AED · ngn NGN
  kes KES · idr IDR · czk CZK · huf HUF · dollar USD · dollars USD · bucks USD · euro EUR · euros EUR · pound GBP
  pounds GBP · quid GBP · sterling GBP · yen JPY · rupee INR · rupees INR · franc CHF · francs CHF · krona SEK
  kronor SEK · krone NOK · kroner NOK · peso MXN · pesos MXN · reais BRL · yuan CNY · zloty PLN · zlotys PLN
  naira NGN · shillings KES · dirham AED · dirhams AED
`);

/** Scale suffixes and words ("250k", "1.2M", "3 billion"). */
export const SCALES: Readonly<Record<string, number>> = numberTable(`
  k 1e3 · thousand 1e3 · grand 1e3 · m 1e6 · mm 1e6 · mn 1e6 · mil 1e6 · million 1e6 · millions 1e6 · b 1e9 · bn 1e9
  billion 1e9 · lakh 1e5 · lakhs 1e5 · lac 1e5 · crore 1e7 · crores 1e7 · cr 1e7
`);

/** Words and abbreviations of units of time ("wks", "mths", "qtr"). */
export const DURATIONS: Readonly<Record<string, DurationUnit>> = wordTable(`
  day day · days day · week week · weeks week · wk week · wks week · month month · months month · mo month · mos month
  mth month · mths month · quarter quarter · quarters quarter · qtr quarter · qtrs quarter · year year · years year
  yr year · yrs year
`) as Readonly<Record<string, DurationUnit>>;

/**
 * The value of a run of number words: "twenty-five" → 25, "two hundred and fifty thousand" →
 * 250000, "a dozen" → 12, "one and a half" → 1.5. Undefined when a word is not a number word.
 */
export function parseNumberWords(words: string): number | undefined {
  let total = 0;
  let current = 0;
  let seen = false;
  for (const word of words.toLowerCase().split(/[\s-]+/)) {
    if (word === '' || word === 'and' || word === 'a' || word === 'an') continue;
    const value = NUMBER_WORDS[word];
    if (value === undefined) return undefined;
    seen = true;
    if (word === 'half') current += 0.5;
    else if (value === 100 || value === 12) current = (current || 1) * value;
    else if (value >= 1e3) {
      total += (current || 1) * value;
      current = 0;
    } else current += value;
  }
  return seen ? total + current : undefined;
}

/**
 * Parses "1,200", "40 000", "4.5" or a decimal comma ("1,5") exactly, scaled by `scale` without
 * floating-point noise.
 */
export function digitValue(raw: string, scale: number): number {
  const plain = /^\d+,\d{1,2}$/.test(raw) ? raw.replace(',', '.') : raw.replace(/[, ]/g, '');
  return scale === 1 ? Number(plain) : Number(`${plain}e${Math.round(Math.log10(scale))}`);
}
