import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { CalendarRangeError, loadCalendarYears, productionCalendar, ProductionCalendar } from "../../lib/calendar/production-calendar.ts";

const calendar = productionCalendar();
const weekdayDaysOff = (year: number) =>
  [...calendar.year(year).daysOff].filter((date) => ![0, 6].includes(new Date(`${date}T00:00:00Z`).getUTCDay())).sort();

describe("production calendar", () => {
  it("moves weekend holidays of 2024 to the next working day", () => {
    expect(calendar.isWorkingDay("2024-03-25")).toBe(false);
    expect(calendar.isWorkingDay("2024-07-08")).toBe(false);
  });

  it("applies the 2024 transfer: Saturday 4 May worked, 8 May off", () => {
    expect(calendar.isWorkingDay("2024-05-04")).toBe(true);
    expect(calendar.isWorkingDay("2024-05-08")).toBe(false);
  });

  it("lists the moved days of 2025", () => {
    for (const date of ["2025-03-10", "2025-03-24", "2025-03-25", "2025-07-07", "2025-09-01", "2025-10-27"]) {
      expect(calendar.isWorkingDay(date), date).toBe(false);
    }
    expect(calendar.isWorkingDay("2025-01-03")).toBe(false);
    expect(calendar.isWorkingDay("2025-01-05")).toBe(true);
  });

  it("computes every weekday off of 2026", () => {
    expect(weekdayDaysOff(2026)).toEqual([
      "2026-01-01", "2026-01-02", "2026-01-07", "2026-03-09", "2026-03-23", "2026-03-24", "2026-03-25",
      "2026-05-01", "2026-05-07", "2026-05-11", "2026-05-27", "2026-07-06", "2026-08-31", "2026-10-26", "2026-12-16",
    ]);
  });

  it("never moves Orthodox Christmas or Kurban Ait", () => {
    // 7 January 2024 and Kurban Ait 2024 (16 June) fell on Sundays.
    expect(calendar.isWorkingDay("2024-01-08")).toBe(true);
    expect(calendar.isWorkingDay("2024-06-17")).toBe(true);
  });

  it("counts working days from the day after the event", () => {
    expect(calendar.addWorkingDays("2026-12-04", 1)).toBe("2026-12-07");
    expect(calendar.addWorkingDays("2026-12-04", 15)).toBe("2026-12-28");
    // Nauryz 2026: 21–23 March plus the moved 24–25 March.
    expect(calendar.addWorkingDays("2026-03-20", 1)).toBe("2026-03-26");
  });

  it("counts working days between dates in both directions", () => {
    expect(calendar.workingDaysBetween("2026-12-04", "2026-12-28")).toBe(15);
    expect(calendar.workingDaysBetween("2026-12-28", "2026-12-04")).toBe(-15);
    expect(calendar.workingDaysBetween("2026-12-04", "2026-12-04")).toBe(0);
  });

  it("fails clearly for a year without data", () => {
    expect(() => calendar.isWorkingDay("2031-01-05")).toThrow(CalendarRangeError);
    expect(() => calendar.isWorkingDay("2031-01-05")).toThrow(/no data for 2031/);
  });

  it("takes a new year from a data file alone", () => {
    const folder = mkdtempSync(path.join(tmpdir(), "calendar-"));
    writeFileSync(path.join(folder, "2031.json"), JSON.stringify({ year: 2031, kurbanAit: "2031-04-24", transfers: [], sources: ["test data"] }));
    const extended = new ProductionCalendar(loadCalendarYears(folder));
    expect(extended.knownYears).toEqual([2031]);
    expect(extended.isWorkingDay("2031-04-24")).toBe(false);
    // 8 March 2031 is a Saturday, so Monday 10 March is off.
    expect(extended.isWorkingDay("2031-03-10")).toBe(false);
  });

  it("rejects a data file with a malformed date", () => {
    const folder = mkdtempSync(path.join(tmpdir(), "calendar-"));
    writeFileSync(path.join(folder, "2031.json"), JSON.stringify({ year: 2031, kurbanAit: "2031-02-30", transfers: [], sources: ["x"] }));
    expect(() => loadCalendarYears(folder)).toThrow(/2031.json is invalid/);
  });
});
