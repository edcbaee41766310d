/** Every export format the library offers, in menu order. */
export const EXPORT_FORMATS = ['markdown-zip', 'markdown-combined', 'highlights-markdown', 'annotations', 'json', 'csl', 'bibtex', 'ris', 'csv', 'html'] as const;

/** One of the export formats. */
export type ExportFormat = (typeof EXPORT_FORMATS)[number];
