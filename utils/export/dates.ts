/** Wall-clock parts of a moment, as the reader of the source would see them. */
export interface WallClock {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
}

const ISO_LOCAL = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2}))?)?/;

/**
 * Wall-clock parts of an ISO 8601 string as written: a Korean article published at 08:00+09:00 is
 * dated that day, not the previous UTC day. Returns null for strings that are not ISO dates.
 */
export function wallClockFromIso(iso: string): WallClock | null {
  const m = ISO_LOCAL.exec(iso.trim());
  if (!m) return null;
  return {
    year: Number(m[1]),
    month: Number(m[2]),
    day: Number(m[3]),
    hour: Number(m[4] ?? 0),
    minute: Number(m[5] ?? 0),
    second: Number(m[6] ?? 0),
  };
}

// Building an Intl.DateTimeFormat costs ~70 µs — more than the rest of a clip's front matter — so
// one is kept per time zone.
const formatters = new Map<string, Intl.DateTimeFormat>();

function formatterFor(timeZone: string | undefined): Intl.DateTimeFormat {
  const key = timeZone ?? '';
  let formatter = formatters.get(key);
  if (!formatter) {
    formatter = createFormatter(timeZone);
    formatters.set(key, formatter);
  }
  return formatter;
}

function createFormatter(timeZone: string | undefined): Intl.DateTimeFormat {
  return new Intl.DateTimeFormat('en-US', {
    timeZone,
    hourCycle: 'h23',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    second: '2-digit',
  });
}

/** Wall-clock parts of an epoch-millisecond time in a time zone (default: the runtime's own). */
export function wallClockFromEpoch(ms: number, timeZone?: string): WallClock {
  if (timeZone === undefined) {
    // The runtime's own zone: Date's getters are an order of magnitude faster than Intl.
    const date = new Date(ms);
    return {
      year: date.getFullYear(),
      month: date.getMonth() + 1,
      day: date.getDate(),
      hour: date.getHours(),
      minute: date.getMinutes(),
      second: date.getSeconds(),
    };
  }
  const parts = formatterFor(timeZone).formatToParts(new Date(ms));
  const get = (type: Intl.DateTimeFormatPartTypes): number =>
    Number(parts.find((p) => p.type === type)?.value ?? 0);
  return {
    year: get('year'),
    month: get('month'),
    day: get('day'),
    hour: get('hour'),
    minute: get('minute'),
    second: get('second'),
  };
}

const TOKENS = /YYYY|MM|DD|HH|mm|ss/g;

/** Format wall-clock parts with the tokens YYYY MM DD HH mm ss (everything else is literal). */
export function formatWallClock(clock: WallClock, pattern: string): string {
  const pad = (n: number, width = 2): string => String(n).padStart(width, '0');
  return pattern.replace(TOKENS, (token) => {
    switch (token) {
      case 'YYYY':
        return pad(clock.year, 4);
      case 'MM':
        return pad(clock.month);
      case 'DD':
        return pad(clock.day);
      case 'HH':
        return pad(clock.hour);
      case 'mm':
        return pad(clock.minute);
      default:
        return pad(clock.second);
    }
  });
}
