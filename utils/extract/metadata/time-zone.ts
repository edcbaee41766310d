// Pages in Korea, Japan, China and much of Europe print local time without an offset. The page's
// language and its site's country domain tell us whose local time it is; Intl knows the offsets
// (including daylight saving) so we only map hints to IANA zones.

const BY_TLD: Record<string, string> = {
  kr: 'Asia/Seoul', jp: 'Asia/Tokyo', cn: 'Asia/Shanghai', tw: 'Asia/Taipei', hk: 'Asia/Hong_Kong',
  mo: 'Asia/Macau', sg: 'Asia/Singapore', de: 'Europe/Berlin', at: 'Europe/Vienna', ch: 'Europe/Zurich',
  fr: 'Europe/Paris', be: 'Europe/Brussels', lu: 'Europe/Luxembourg', nl: 'Europe/Amsterdam',
  es: 'Europe/Madrid', it: 'Europe/Rome', uk: 'Europe/London', ie: 'Europe/Dublin', pt: 'Europe/Lisbon',
  pl: 'Europe/Warsaw', cz: 'Europe/Prague', se: 'Europe/Stockholm', no: 'Europe/Oslo',
  dk: 'Europe/Copenhagen', fi: 'Europe/Helsinki', ru: 'Europe/Moscow', in: 'Asia/Kolkata',
  vn: 'Asia/Ho_Chi_Minh', th: 'Asia/Bangkok', id: 'Asia/Jakarta', au: 'Australia/Sydney',
  nz: 'Pacific/Auckland', br: 'America/Sao_Paulo',
};

/** Language (and region) → zone, used when the domain says nothing (e.g. `.com`). */
const BY_LANG: Record<string, string> = {
  ko: 'Asia/Seoul', ja: 'Asia/Tokyo', 'zh-cn': 'Asia/Shanghai', 'zh-hans': 'Asia/Shanghai',
  'zh-sg': 'Asia/Singapore', 'zh-tw': 'Asia/Taipei', 'zh-hant': 'Asia/Taipei', 'zh-hk': 'Asia/Hong_Kong',
  zh: 'Asia/Shanghai', de: 'Europe/Berlin', 'de-at': 'Europe/Vienna', 'de-ch': 'Europe/Zurich',
  fr: 'Europe/Paris', 'fr-be': 'Europe/Brussels', 'fr-ch': 'Europe/Zurich', 'fr-ca': 'America/Toronto',
  nl: 'Europe/Amsterdam', it: 'Europe/Rome', pl: 'Europe/Warsaw', cs: 'Europe/Prague',
  'en-us': 'America/New_York', 'en-ca': 'America/Toronto', 'en-gb': 'Europe/London', 'en-ie': 'Europe/Dublin', 'en-au': 'Australia/Sydney', 'en-in': 'Asia/Kolkata',
  vi: 'Asia/Ho_Chi_Minh', th: 'Asia/Bangkok', ru: 'Europe/Moscow',
};

/** The IANA zone a page's unqualified local times are most likely in, or null when unknown. */
export function guessTimeZone(lang: string | null, pageUrl: string): string | null {
  let tld = '';
  try {
    tld = new URL(pageUrl).hostname.split('.').pop()?.toLowerCase() ?? '';
  } catch {
    tld = '';
  }
  const byTld = BY_TLD[tld];
  if (byTld) return byTld;
  if (!lang) return null;
  const tag = lang.toLowerCase().replace(/_/g, '-');
  const parts = tag.split('-');
  for (let n = parts.length; n > 0; n--) {
    const zone = BY_LANG[parts.slice(0, n).join('-')];
    if (zone) return zone;
  }
  return null;
}

const formats = new Map<string, Intl.DateTimeFormat>();

/** Creating an Intl formatter costs far more than using one: one per zone, kept. */
function formatFor(zone: string): Intl.DateTimeFormat {
  let format = formats.get(zone);
  if (!format) {
    format = new Intl.DateTimeFormat('en-US', {
      timeZone: zone, hourCycle: 'h23', year: 'numeric', month: 'numeric', day: 'numeric',
      hour: 'numeric', minute: 'numeric',
    });
    formats.set(zone, format);
  }
  return format;
}

/** The UTC offset in minutes of `zone` at the given local wall-clock time. */
export function zoneOffsetMinutes(zone: string, y: number, mo: number, d: number, h: number, mi: number): number {
  const asUtc = Date.UTC(y, mo - 1, d, h, mi);
  const parts = formatFor(zone).formatToParts(new Date(asUtc));
  const get = (type: string): number => Number(parts.find((p) => p.type === type)?.value ?? '0');
  // Interpreting the UTC instant in the zone shows how far the zone's clock runs ahead of UTC.
  const shown = Date.UTC(get('year'), get('month') - 1, get('day'), get('hour') % 24, get('minute'));
  return Math.round((shown - asUtc) / 60000);
}

/** Formats an offset in minutes as `+09:00`. */
export function formatOffset(minutes: number): string {
  const sign = minutes < 0 ? '-' : '+';
  const abs = Math.abs(minutes);
  return `${sign}${String(Math.floor(abs / 60)).padStart(2, '0')}:${String(abs % 60).padStart(2, '0')}`;
}

/**
 * A fixed-offset IANA zone ("Etc/GMT-9" is UTC+09:00) for the offset the page's own dated metadata
 * agrees on, or null when it carries none or disagrees. UTC offsets say nothing: feeds often
 * serialize in UTC whatever the newsroom's zone.
 */
export function zoneFromOffsets(offsets: readonly number[]): string | null {
  const local = [...new Set(offsets.filter((o) => o !== 0))];
  const only = local[0];
  if (local.length !== 1 || only === undefined || only % 60 !== 0) return null;
  const hours = only / 60;
  return hours > 0 ? `Etc/GMT-${hours}` : `Etc/GMT+${-hours}`;
}
