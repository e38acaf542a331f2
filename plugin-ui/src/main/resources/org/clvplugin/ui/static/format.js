// Numbers, money and dates for one locale and currency, through Intl.

/** Formatting for one locale; money in the given ISO currency (the run's reporting currency). */
export function formatter(locale, currency) {
  const cache = new Map();
  const nf = (options) => {
    const key = JSON.stringify(options);
    if (!cache.has(key)) cache.set(key, new Intl.NumberFormat(locale, options));
    return cache.get(key);
  };
  const dayFormat = new Intl.DateTimeFormat(locale, {dateStyle: 'medium', timeZone: 'UTC'});
  const timeFormat = new Intl.DateTimeFormat(locale, {dateStyle: 'medium', timeStyle: 'short'});
  const dateFormat = new Intl.DateTimeFormat(locale, {dateStyle: 'medium'});
  const finite = (v) => typeof v === 'number' && Number.isFinite(v);
  return {
    /** Whole units from 100 up, cents below: "$1,240", "$95.74". */
    money(value) {
      if (!finite(value)) return '–';
      const digits = Math.abs(value) >= 100 ? 0 : 2;
      return nf({style: 'currency', currency: currency || 'USD', minimumFractionDigits: digits,
        maximumFractionDigits: digits}).format(value);
    },
    /** Money on a chart's axis: whole units, cents only below 1 ("$0", "$0.50", "$1,000"). */
    axisMoney(value) {
      if (!finite(value)) return '–';
      const digits = value !== 0 && Math.abs(value) < 1 ? 2 : 0;
      return nf({style: 'currency', currency: currency || 'USD', minimumFractionDigits: digits,
        maximumFractionDigits: digits}).format(value);
    },
    /** A share as a percentage: none from 10 %, one decimal below, two below 1 % (a few in thousands show). */
    percent(share) {
      if (!finite(share)) return '–';
      const small = Math.abs(share);
      const digits = small >= 0.1 || share === 0 ? 0 : small >= 0.01 ? 1 : 2;
      return nf({style: 'percent', minimumFractionDigits: 0, maximumFractionDigits: digits}).format(share);
    },
    /**
     * A chance, to at most one decimal of a percent: "99.6 %", "0.4 %", "73 %". P(alive) and churn risk go
     * through this one rounding, so the two always add up to 100 %.
     */
    chance(share) {
      if (!finite(share)) return '–';
      return nf({style: 'percent', minimumFractionDigits: 0, maximumFractionDigits: 1}).format(share);
    },
    number(value, digits = 0) {
      if (!finite(value)) return '–';
      return nf({minimumFractionDigits: 0, maximumFractionDigits: digits}).format(value);
    },
    /** A calendar day ("1998-06-30"), shown as that day wherever the browser is. */
    day(isoDay) {
      if (!isoDay) return '–';
      const [y, m, d] = isoDay.split('-').map(Number);
      return dayFormat.format(new Date(Date.UTC(y, m - 1, d)));
    },
    /** An instant's day, in the browser's time zone ("3 Dec 2026"). */
    date(isoInstant) {
      return isoInstant ? dateFormat.format(new Date(isoInstant)) : '–';
    },
    /** An instant, in the browser's time zone. */
    time(isoInstant) {
      return isoInstant ? timeFormat.format(new Date(isoInstant)) : '–';
    },
  };
}
