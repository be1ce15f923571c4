import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { z } from "zod";
import { FIXED_HOLIDAYS } from "./holidays-law.ts";
import { addDays, isIsoDate, isoWeekday, yearOf, type IsoDate } from "./local-date.ts";

const isoDate = z.string().refine(isIsoDate, "expected a date as YYYY-MM-DD");

/** One year of the production calendar as kept in `years/<year>.json`. */
const yearFileSchema = z.object({
  year: z.number().int().min(2000).max(2100),
  kurbanAit: isoDate.nullable(),
  transfers: z.array(z.object({ workedOn: isoDate, dayOff: isoDate })),
  provisional: z.string().optional(),
  sources: z.array(z.string().min(1)).min(1),
});
export type CalendarYearData = z.infer<typeof yearFileSchema>;

/** The days off and worked weekend days of one year, computed from its data. */
export interface CalendarYear {
  data: CalendarYearData;
  /** Holidays and the days off they move to, plus transferred days off. */
  daysOff: Set<IsoDate>;
  /** Saturdays and Sundays made working days by a transfer. */
  workedWeekendDays: Set<IsoDate>;
}

const isWeekend = (date: IsoDate) => isoWeekday(date) >= 6;

/**
 * Computes a year's days off: the fixed holidays, Kurban Ait, the days a
 * weekend holiday moves to, and the ministry's transfers. A holiday owes one
 * moved day for each of its days on a weekend, taken as the next working days
 * after its last day.
 */
export function buildCalendarYear(data: CalendarYearData): CalendarYear {
  const daysOff = new Set<IsoDate>();
  for (const holiday of FIXED_HOLIDAYS) for (const day of holiday.days) daysOff.add(`${data.year}-${day}`);
  if (data.kurbanAit) daysOff.add(data.kurbanAit);

  const isFree = (date: IsoDate) => isWeekend(date) || daysOff.has(date);
  for (const holiday of FIXED_HOLIDAYS) {
    if (!holiday.moves) continue;
    const dates = holiday.days.map((day) => `${data.year}-${day}`);
    let owed = dates.filter(isWeekend).length;
    let candidate = dates[dates.length - 1] as IsoDate;
    while (owed > 0) {
      candidate = addDays(candidate, 1);
      if (isFree(candidate)) continue;
      daysOff.add(candidate);
      owed--;
    }
  }

  const workedWeekendDays = new Set<IsoDate>();
  for (const transfer of data.transfers) {
    workedWeekendDays.add(transfer.workedOn);
    daysOff.add(transfer.dayOff);
  }
  return { data, daysOff, workedWeekendDays };
}

/** Reads and validates every `<year>.json` in a folder. Adding a year needs only a new file. */
export function loadCalendarYears(folder: string): Map<number, CalendarYear> {
  const years = new Map<number, CalendarYear>();
  for (const file of readdirSync(folder).filter((name) => /^\d{4}\.json$/.test(name)).sort()) {
    const parsed = yearFileSchema.safeParse(JSON.parse(readFileSync(path.join(folder, file), "utf8")));
    if (!parsed.success) throw new Error(`calendar file ${file} is invalid: ${parsed.error.message}`);
    if (`${parsed.data.year}.json` !== file) throw new Error(`calendar file ${file} states year ${parsed.data.year}`);
    years.set(parsed.data.year, buildCalendarYear(parsed.data));
  }
  return years;
}

/** Thrown when a date falls in a year the calendar has no data for. */
export class CalendarRangeError extends RangeError {}

/** The Kazakhstan production calendar: which days are working days. */
export class ProductionCalendar {
  constructor(private readonly years: Map<number, CalendarYear>) {}

  /** Years with data, ascending. */
  get knownYears(): number[] {
    return [...this.years.keys()].sort((a, b) => a - b);
  }

  /** Returns the computed data of a year, or throws {@link CalendarRangeError}. */
  year(year: number): CalendarYear {
    const found = this.years.get(year);
    if (!found) throw new CalendarRangeError(`the production calendar has no data for ${year}; add lib/calendar/years/${year}.json`);
    return found;
  }

  /** True when the date is a working day: not a weekend unless worked by transfer, not a day off. */
  isWorkingDay(date: IsoDate): boolean {
    const year = this.year(yearOf(date));
    if (year.daysOff.has(date)) return false;
    return !isWeekend(date) || year.workedWeekendDays.has(date);
  }

  /** Returns the first working day on or after the date. */
  workingDayOnOrAfter(date: IsoDate): IsoDate {
    let day = date;
    while (!this.isWorkingDay(day)) day = addDays(day, 1);
    return day;
  }

  /**
   * Returns the date on which a period of `count` working days ends when it
   * starts after `startEvent`, because a period begins on the day after its event.
   */
  addWorkingDays(startEvent: IsoDate, count: number): IsoDate {
    let day = startEvent;
    let remaining = count;
    while (remaining > 0) {
      day = addDays(day, 1);
      if (this.isWorkingDay(day)) remaining--;
    }
    return day;
  }

  /** Working days after `from` up to and including `to`; negative when `to` is earlier. */
  workingDaysBetween(from: IsoDate, to: IsoDate): number {
    if (to < from) return -this.workingDaysBetween(to, from);
    let count = 0;
    for (let day = addDays(from, 1); day <= to; day = addDays(day, 1)) if (this.isWorkingDay(day)) count++;
    return count;
  }
}

const YEARS_FOLDER = path.join(path.dirname(fileURLToPath(import.meta.url)), "years");
let shared: ProductionCalendar | undefined;

/** Returns the calendar built from the committed year files, loaded once. */
export function productionCalendar(): ProductionCalendar {
  shared ??= new ProductionCalendar(loadCalendarYears(YEARS_FOLDER));
  return shared;
}
