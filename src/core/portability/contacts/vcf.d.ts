/**
 * Types for the untyped `vcf` package (vCard 2.1/3.0/4.0 parser), covering what the contact
 * import uses: parsing one card and reading its properties.
 */
declare module 'vcf' {
  namespace vCard {
    /** One property of a card; parameters (`type`, `pref`, `value` …) are own fields. */
    interface Property {
      [param: string]: unknown;
      valueOf(): string | undefined;
      is(type: string): boolean;
    }
  }
  /** A vCard; `data` holds each property (camel-cased name) once, or a list when repeated. */
  class vCard {
    version: string;
    data: Record<string, vCard.Property | vCard.Property[]>;
    /** Parses one card (CRLF line ends, folded lines allowed); throws on a malformed card. */
    parse(value: string): vCard;
    get(key: string): vCard.Property | vCard.Property[] | undefined;
    static parse(value: string): vCard[];
  }
  export = vCard;
}
