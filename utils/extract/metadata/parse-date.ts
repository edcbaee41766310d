import { formatOffset, zoneOffsetMinutes } from './time-zone';

// Dates arrive as ISO strings, RFC 2822, or visible text in many languages ("등록 2024-08-13 15:12",
// "2024年8月13日 15時12分", "13. August 2024, 15:12 Uhr", "Aug. 13, 2024 3:12 PM EDT"). One parser
// turns them into ISO 8601 with an offset, using the page's zone when the text has none.

/** A parsed date and how precise its source was. */
export interface ParsedDate {
  /** ISO 8601: `YYYY-MM-DDTHH:mm:ss±hh:mm`, or `YYYY-MM-DD` when the source has no time. */
  iso: string;
  hasTime: boolean;
  /** True when the offset came from the text itself rather than from the page's guessed zone. */
  hasZone: boolean;
  /** Milliseconds since the epoch (midnight UTC for date-only values), for comparisons. */
  epoch: number;
  /** UTC offset in minutes of `iso` (0 for date-only values). */
  offset: number;
}

const MONTHS: Record<string, number> = {
  jan: 1, january: 1, januar: 1, janvier: 1, jänner: 1, feb: 2, february: 2, februar: 2, février: 2, fevrier: 2,
  mar: 3, march: 3, märz: 3, maerz: 3, mars: 3, apr: 4, april: 4, avril: 4, may: 5, mai: 5, jun: 6, june: 6,
  juni: 6, juin: 6, jul: 7, july: 7, juli: 7, juillet: 7, aug: 8, august: 8, août: 8, aout: 8, sep: 9, sept: 9,
  september: 9, septembre: 9, oct: 10, october: 10, okt: 10, oktober: 10, octobre: 10, nov: 11, november: 11,
  novembre: 11, dec: 12, december: 12, dez: 12, dezember: 12, décembre: 12, decembre: 12,
  // Spanish, Portuguese, Italian and Dutch names not already above.
  enero: 1, ene: 1, janeiro: 1, gennaio: 1, gen: 1, januari: 1, febrero: 2, fevereiro: 2, fev: 2, febbraio: 2,
  februari: 2, marzo: 3, março: 3, marco: 3, maart: 3, mrt: 3, abril: 4, abr: 4, aprile: 4, mayo: 5, maio: 5,
  maggio: 5, mag: 5, mei: 5, junio: 6, junho: 6, giugno: 6, giu: 6, julio: 7, julho: 7, luglio: 7, lug: 7,
  agosto: 8, ago: 8, augustus: 8, septiembre: 9, setiembre: 9, setembro: 9, set: 9, settembre: 9, octubre: 10,
  outubro: 10, out: 10, ottobre: 10, ott: 10, noviembre: 11, novembro: 11, diciembre: 12, dezembro: 12,
  dicembre: 12, dic: 12,
};

const ZONE_ABBR: Record<string, number> = {
  utc: 0, gmt: 0, z: 0, ut: 0, wet: 0, bst: 60, ist: 60, cet: 60, mez: 60, cest: 120, mesz: 120, eet: 120,
  eest: 180, msk: 180, kst: 540, jst: 540, hkt: 480, sgt: 480, awst: 480, aest: 600, aedt: 660,
  est: -300, edt: -240, cst: -360, cdt: -300, mst: -420, mdt: -360, pst: -480, pdt: -420,
};

const MONTH_NAMES = Object.keys(MONTHS).sort((a, b) => b.length - a.length).join('|');

function pad(n: number): string {
  return String(n).padStart(2, '0');
}

function validDate(y: number, mo: number, d: number): boolean {
  if (y < 1970 || y > 2200 || mo < 1 || mo > 12 || d < 1) return false;
  return d <= new Date(Date.UTC(y, mo, 0)).getUTCDate();
}

interface Parts {
  y: number;
  mo: number;
  d: number;
  h?: number;
  mi?: number;
  s?: number;
  /** Offset in minutes when the text states one. */
  offset?: number;
}

function build(p: Parts, zone: string | null): ParsedDate | null {
  if (!validDate(p.y, p.mo, p.d)) return null;
  const date = `${p.y}-${pad(p.mo)}-${pad(p.d)}`;
  if (p.h === undefined) {
    return { iso: date, hasTime: false, hasZone: false, epoch: Date.UTC(p.y, p.mo - 1, p.d), offset: 0 };
  }
  const h = p.h;
  const mi = p.mi ?? 0;
  const s = p.s ?? 0;
  if (h > 23 || mi > 59 || s > 60) return null;
  let offset = p.offset;
  const hasZone = offset !== undefined;
  if (offset === undefined) {
    if (!zone) {
      // Without any zone hint the wall-clock time is all we know; UTC is the least-wrong reading.
      offset = 0;
    } else {
      offset = zoneOffsetMinutes(zone, p.y, p.mo, p.d, h, mi);
    }
  }
  const iso = `${date}T${pad(h)}:${pad(mi)}:${pad(s)}${formatOffset(offset)}`;
  const epoch = Date.UTC(p.y, p.mo - 1, p.d, h, mi, s) - offset * 60000;
  return { iso, hasTime: true, hasZone, epoch, offset };
}

/**
 * Re-expresses a UTC timestamp ("…Z", "+00:00") in the page's own zone, as the page shows it
 * (a Seoul story published at 09:12Z is "18:12+09:00"). Other explicit offsets are kept.
 */
export function localizeDate(date: ParsedDate, zone: string | null): ParsedDate {
  if (!zone || !date.hasTime || !date.hasZone || date.offset !== 0) return date;
  const probe = new Date(date.epoch);
  const offset = zoneOffsetMinutes(zone, probe.getUTCFullYear(), probe.getUTCMonth() + 1, probe.getUTCDate(), probe.getUTCHours(), probe.getUTCMinutes());
  if (offset === 0) return date;
  const local = new Date(date.epoch + offset * 60000);
  const iso = `${local.getUTCFullYear()}-${pad(local.getUTCMonth() + 1)}-${pad(local.getUTCDate())}T${pad(local.getUTCHours())}:${pad(local.getUTCMinutes())}:${pad(local.getUTCSeconds())}${formatOffset(offset)}`;
  return { ...date, iso, offset };
}

function parseOffset(text: string | undefined): number | undefined {
  if (!text) return undefined;
  const t = text.trim();
  if (/^z$/i.test(t)) return 0;
  const m = /^([+-])(\d{2}):?(\d{2})?$/.exec(t);
  if (m) {
    const minutes = Number(m[2]) * 60 + Number(m[3] ?? '0');
    return m[1] === '-' ? -minutes : minutes;
  }
  const g = /^(?:gmt|utc)\s*([+-])(\d{1,2})(?::?(\d{2}))?$/i.exec(t);
  if (g) {
    const minutes = Number(g[2]) * 60 + Number(g[3] ?? '0');
    return g[1] === '-' ? -minutes : minutes;
  }
  return ZONE_ABBR[t.toLowerCase()];
}

/** Applies a 12-hour marker (am/pm, 오전/오후, 午前/午後, 上午/下午) to an hour. */
function to24(hour: number, marker: string | undefined): number {
  if (!marker) return hour;
  const pm = /^(pm|p\.m\.|오후|午後|下午|晚上)$/i.test(marker);
  const am = /^(am|a\.m\.|오전|午前|上午|早上|凌晨)$/i.test(marker);
  if (pm && hour < 12) return hour + 12;
  if (am && hour === 12) return 0;
  return hour;
}

const TIME = String.raw`(?:[T\s,]*(?:às|à|as|a las|alle|om|um|at|kl\.?)?\s*(오전|오후|午前|午後|上午|下午|晚上|凌晨)?\s*(\d{1,2})\s*(?::|時|时|시|h)\s*(\d{1,2})?\s*(?:分|분)?(?::(\d{2})(?:[.,]\d+)?)?\s*(?:초|秒)?\s*(am|pm|a\.m\.|p\.m\.)?\s*(?:Uhr)?\s*(Z|[+-]\d{2}:?\d{2}|(?:GMT|UTC)\s*[+-]\d{1,2}(?::?\d{2})?|[A-Z]{2,5}\b)?)?`;

const NUMERIC = new RegExp(
  String.raw`(\d{4})\s*(?:[-./]|년|年)\s*(\d{1,2})\s*(?:[-./]|월|月)\s*(\d{1,2})\s*(?:일|日|号|\.)?` + TIME,
  'iu',
);
const COMPACT = /^(\d{4})(\d{2})(\d{2})(?:T?(\d{2})(\d{2})(\d{2})?)?(Z|[+-]\d{2}:?\d{2})?$/;
const DAY_MONTH_YEAR = new RegExp(
  // "22 de janeiro de 2018", "5 de marzo de 2019": Spanish and Portuguese join the parts with "de".
  String.raw`(\d{1,2})(?:st|nd|rd|th|er|º)?\.?\s+(?:de\s+)?(${MONTH_NAMES})\.?,?\s+(?:de\s+)?(\d{4})` + TIME,
  'iu',
);
const MONTH_DAY_YEAR = new RegExp(
  String.raw`(${MONTH_NAMES})\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})` + TIME,
  'iu',
);
const EUROPEAN_NUMERIC = new RegExp(String.raw`\b(\d{1,2})\.(\d{1,2})\.(\d{4})` + TIME, 'iu');

/** A time of day anywhere in the text ("7:12 PM EDT", "18.12 BST", "오후 3:12"), used when it precedes the date. */
const LOOSE_TIME =
  /(?:^|[^\d.:])(오전|오후|午前|午後|上午|下午)?\s*(\d{1,2})(?::|h|時|时|시|\.(?=\d{2}\s*(?:am|pm|a\.m\.|p\.m\.|[A-Z]{3,4}\b|Uhr)))\s*(\d{2})(?::(\d{2}))?\s*(?:分|분)?\s*(am|pm|a\.m\.|p\.m\.)?\s*(?:Uhr)?\s*(Z\b|[+-]\d{2}:?\d{2}|(?:GMT|UTC)\s*[+-]\d{1,2}(?::?\d{2})?|[A-Z]{2,5}\b)?/iu;

function looseTime(text: string): Pick<Parts, 'h' | 'mi' | 's' | 'offset'> {
  const m = LOOSE_TIME.exec(text);
  if (!m?.[2]) return {};
  return {
    h: to24(Number(m[2]), m[5] ?? m[1]),
    mi: Number(m[3] ?? '0'),
    s: Number(m[4] ?? '0'),
    offset: parseOffset(m[6]),
  };
}

function withLooseTime(parts: Parts, text: string): Parts {
  return parts.h === undefined ? { ...parts, ...looseTime(text) } : parts;
}

function timeParts(m: RegExpExecArray, at: number): Pick<Parts, 'h' | 'mi' | 's' | 'offset'> {
  const marker12 = m[at];
  const hour = m[at + 1];
  if (hour === undefined) return {};
  const ampm = m[at + 4] ?? marker12;
  return {
    h: to24(Number(hour), ampm),
    mi: Number(m[at + 2] ?? '0'),
    s: Number(m[at + 3] ?? '0'),
    offset: parseOffset(m[at + 5]),
  };
}

/**
 * Parses a date in any format we meet into ISO 8601. `zone` (IANA) supplies the offset when the text
 * has none. Returns null for text without a plausible date.
 */
export function parseDate(raw: string | null | undefined, zone: string | null): ParsedDate | null {
  if (!raw) return null;
  const text = raw.replace(/[\u00a0\u3000]/g, ' ').trim();
  if (!text) return null;

  const compact = COMPACT.exec(text);
  if (compact) {
    return build(
      {
        y: Number(compact[1]), mo: Number(compact[2]), d: Number(compact[3]),
        h: compact[4] === undefined ? undefined : Number(compact[4]),
        mi: compact[5] === undefined ? undefined : Number(compact[5]),
        s: Number(compact[6] ?? '0'),
        offset: parseOffset(compact[7]),
      },
      zone,
    );
  }
  const numeric = NUMERIC.exec(text);
  if (numeric) {
    return build(withLooseTime({ y: Number(numeric[1]), mo: Number(numeric[2]), d: Number(numeric[3]), ...timeParts(numeric, 4) }, text), zone);
  }
  const dmy = DAY_MONTH_YEAR.exec(text);
  if (dmy) {
    const mo = MONTHS[(dmy[2] ?? '').toLowerCase()];
    if (mo) return build(withLooseTime({ y: Number(dmy[3]), mo, d: Number(dmy[1]), ...timeParts(dmy, 4) }, text), zone);
  }
  const mdy = MONTH_DAY_YEAR.exec(text);
  if (mdy) {
    const mo = MONTHS[(mdy[1] ?? '').toLowerCase()];
    if (mo) return build(withLooseTime({ y: Number(mdy[3]), mo, d: Number(mdy[2]), ...timeParts(mdy, 4) }, text), zone);
  }
  const eu = EUROPEAN_NUMERIC.exec(text);
  if (eu) {
    return build(withLooseTime({ y: Number(eu[3]), mo: Number(eu[2]), d: Number(eu[1]), ...timeParts(eu, 4) }, text), zone);
  }
  return null;
}
