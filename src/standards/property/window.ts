/**
 * The look-back window of the property rules: the day a number of months before the day checked.
 *
 * @module
 */

/**
 * The calendar day `months` whole months before `asOf` (`YYYY-MM-DD`), the day of the month kept where the month
 * has it and otherwise the month's last day (three months before 2013-05-31 is 2013-02-28). A fractional number of
 * months counts its whole months; a negative or non-finite one counts as 0.
 *
 * @param asOf - the day checked, `YYYY-MM-DD`
 * @param months - how many months to go back
 * @returns the first day of the window, `YYYY-MM-DD`
 * @example
 * ```ts
 * monthsBefore('2013-06-30', 3); //=> '2013-03-30'
 * monthsBefore('2013-05-31', 3); //=> '2013-02-28'
 * monthsBefore('2013-06-30', 12); //=> '2012-06-30'
 * ```
 */
export function monthsBefore(asOf: string, months: number): string {
  const whole = Number.isFinite(months) && months > 0 ? Math.floor(months) : 0;
  const year = Number(asOf.slice(0, 4));
  const month = Number(asOf.slice(5, 7));
  const day = Number(asOf.slice(8, 10));
  const index = year * 12 + (month - 1) - whole;
  const y = Math.floor(index / 12);
  const m = (index % 12) + 1;
  const last = new Date(Date.UTC(y, m, 0)).getUTCDate();
  const pad = (n: number, width: number) => String(n).padStart(width, '0');
  return `${pad(y, 4)}-${pad(m, 2)}-${pad(Math.min(day, last), 2)}`;
}
