import { uiLanguage } from '../../utils/i18n';

// Formatters are costly to build and the list renders dozens of rows per frame: build each once.
let cached: { lang: string; date: Intl.DateTimeFormat; dateTime: Intl.DateTimeFormat; number: Intl.NumberFormat } | undefined;

function formatters() {
  const lang = uiLanguage();
  if (cached?.lang !== lang) {
    cached = {
      lang,
      date: new Intl.DateTimeFormat(lang, { dateStyle: 'medium' }),
      dateTime: new Intl.DateTimeFormat(lang, { dateStyle: 'medium', timeStyle: 'short' }),
      number: new Intl.NumberFormat(lang),
    };
  }
  return cached;
}

function toDate(value: number | string | null | undefined): Date | undefined {
  if (value === null || value === undefined || value === '') return undefined;
  const date = new Date(value);
  return Number.isNaN(date.getTime()) ? undefined : date;
}

/** A date (epoch ms or ISO string) in the UI language, or '' when missing or invalid. */
export function formatDate(value: number | string | null | undefined): string {
  const date = toDate(value);
  return date ? formatters().date.format(date) : '';
}

/** A date and time in the UI language, or '' when missing or invalid. */
export function formatDateTime(value: number | string | null | undefined): string {
  const date = toDate(value);
  return date ? formatters().dateTime.format(date) : '';
}

/** An integer or decimal in the UI language ("12,345"). */
export function formatNumber(value: number): string {
  return formatters().number.format(value);
}

const UNITS = ['byte', 'kilobyte', 'megabyte', 'gigabyte', 'terabyte'] as const;

/** A byte count in the largest sensible unit, localized ("1.5 MB", "1.5MB"). */
export function formatBytes(bytes: number): string {
  let value = Math.max(0, bytes);
  let unit = 0;
  while (value >= 1024 && unit < UNITS.length - 1) {
    value /= 1024;
    unit += 1;
  }
  return new Intl.NumberFormat(uiLanguage(), {
    style: 'unit',
    unit: UNITS[unit],
    unitDisplay: 'short',
    maximumFractionDigits: value < 10 && unit > 0 ? 1 : 0,
  }).format(value);
}
