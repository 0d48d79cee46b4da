const MB = 1024 * 1024;

/**
 * What reading one document may cost, in one place. Each budget is checked while the document
 * is read (sizes a format declares before anything is inflated, then counts as it goes), and a
 * document over any of them is refused with a `DocumentError` that names the budget. A product
 * document is far inside every one; a hostile file (a zip or stream bomb, a PDF of 100,000
 * blank pages) meets one within a second instead of taking the process's memory or minutes.
 */
export const documentBudgets = Object.freeze({
  /** Largest file read, in bytes (20 MB), checked before anything else. */
  fileBytes: 20 * MB,
  /**
   * Most characters of text a document may give (5,000,000: 5 to 20 MB of UTF-8), so analysis
   * stays quick. A PDF's pages are counted as they are read; every format's text at the end.
   */
  textChars: 5_000_000,
  /**
   * Most bytes the XML parts of a DOCX may inflate to, in all (50 MB). The sizes the archive
   * declares are checked first; then each part is counted as it inflates, since sizes can lie.
   * Images and other binary parts are never inflated (only the text is read), so they do not count.
   */
  docxXmlBytes: 50 * MB,
  /** Most entries a DOCX archive may have (10,000); a long report with images has a few hundred. */
  docxEntries: 10_000,
  /** Most bytes one compressed stream of a PDF may inflate to (64 MB: a 4K screenshot is 33 MB). */
  pdfStreamBytes: 64 * MB,
  /** Most bytes all the compressed streams of a PDF may inflate to, together (256 MB). */
  pdfInflatedBytes: 256 * MB,
  /** Most pages a PDF may have (2,000), checked as it is opened, before any page is read. */
  pdfPages: 2_000,
  /** Longest a document may take to read and analyse, in seconds (20). */
  seconds: 20,
  /** Most memory reading a document may take, in MB (256): the heap of the worker thread that reads it. */
  memoryMb: 256,
});
