// Mirrors k8s.io/apimachinery/pkg/util/duration (HumanDuration, ShortHumanDuration)
// and translateTimestampSince/Until from pkg/printers/internalversion: the AGE-style
// strings kubectl prints. Time is passed in (virtual clock), never read.

// time.Time{} (0001-01-01T00:00:00Z) in Unix milliseconds; metav1.Time.IsZero() is true for it.
const GO_ZERO_TIME_MS = -62_135_596_800_000;

/**
 * Milliseconds since the epoch for an RFC 3339 timestamp (metav1.Time or
 * MicroTime), or undefined when it is missing, unparsable or Go's zero time
 * ("0001-01-01T00:00:00Z", what an unset metav1.Time serialises to in some paths).
 */
export function parseTimestamp(ts: string | null | undefined): number | undefined {
  if (!ts) return undefined;
  const ms = Date.parse(ts);
  if (Number.isNaN(ms) || ms === GO_ZERO_TIME_MS) return undefined;
  return ms;
}

// Go converts a Duration to int by truncating toward zero: int(d.Seconds()) of
// -1.5s is -1, which is still "0s" (a little clock skew reads as "now").
const trunc = Math.trunc;

/**
 * HumanDuration: ~2–3 significant figures.
 * 0–119s → "59s", "119s"; <10m → "5m10s" / "5m"; <3h → "15m", "179m";
 * <8h → "3h5m" / "3h"; <48h → "47h"; <8d → "2d3h" / "5d"; <2y → "364d";
 * <8y → "3y45d" / "3y"; else "9y". Below -1s the clocks disagree: "<invalid>".
 */
export function humanDuration(ms: number): string {
  const seconds = trunc(ms / 1000);
  if (seconds < -1) return '<invalid>';
  if (seconds < 0) return '0s';
  if (seconds < 60 * 2) return `${seconds}s`;
  const minutes = trunc(ms / 60_000);
  if (minutes < 10) {
    const s = seconds % 60;
    return s === 0 ? `${minutes}m` : `${minutes}m${s}s`;
  }
  if (minutes < 60 * 3) return `${minutes}m`;
  const hours = trunc(ms / 3_600_000);
  if (hours < 8) {
    const m = minutes % 60;
    return m === 0 ? `${hours}h` : `${hours}h${m}m`;
  }
  if (hours < 48) return `${hours}h`;
  if (hours < 24 * 8) {
    const h = hours % 24;
    return h === 0 ? `${trunc(hours / 24)}d` : `${trunc(hours / 24)}d${h}h`;
  }
  if (hours < 24 * 365 * 2) return `${trunc(hours / 24)}d`;
  if (hours < 24 * 365 * 8) {
    const dy = trunc(hours / 24) % 365;
    const y = trunc(hours / 24 / 365);
    return dy === 0 ? `${y}y` : `${y}y${dy}d`;
  }
  return `${trunc(hours / 24 / 365)}y`;
}

/** ShortHumanDuration: one unit only — "59s", "59m", "23h", "364d", "2y". */
export function shortHumanDuration(ms: number): string {
  const seconds = trunc(ms / 1000);
  if (seconds < -1) return '<invalid>';
  if (seconds < 0) return '0s';
  if (seconds < 60) return `${seconds}s`;
  const minutes = trunc(ms / 60_000);
  if (minutes < 60) return `${minutes}m`;
  const hours = trunc(ms / 3_600_000);
  if (hours < 24) return `${hours}h`;
  if (hours < 24 * 365) return `${trunc(hours / 24)}d`;
  // Go divides the float hours here (int(d.Hours()/24/365)), same result after truncation.
  return `${trunc(ms / 3_600_000 / 24 / 365)}y`;
}

/** The AGE cell: HumanDuration(now - ts), or "<unknown>" for a missing timestamp. */
export function translateTimestampSince(ts: string | null | undefined, nowMs: number): string {
  const t = parseTimestamp(ts);
  if (t === undefined) return '<unknown>';
  return humanDuration(nowMs - t);
}

/** HumanDuration(ts - now), or "<unknown>" for a missing timestamp. */
export function translateTimestampUntil(ts: string | null | undefined, nowMs: number): string {
  const t = parseTimestamp(ts);
  if (t === undefined) return '<unknown>';
  return humanDuration(t - nowMs);
}
