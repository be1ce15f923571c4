import { describe, expect, it } from "vitest";
import { productionCalendar } from "../../lib/calendar/production-calendar.ts";
import { isOpenAt, nextOpening, SCHOOL_SCHEDULE, STATE_CORPORATION_SCHEDULE } from "../../lib/calendar/schedule.ts";

const calendar = productionCalendar();
// Asia/Almaty is UTC+5.
const almaty = (local: string) => new Date(`${local}+05:00`);

describe("opening hours", () => {
  it("closes a school for lunch", () => {
    expect(isOpenAt(SCHOOL_SCHEDULE, calendar, almaty("2026-12-07T12:59:00"))).toBe(true);
    expect(isOpenAt(SCHOOL_SCHEDULE, calendar, almaty("2026-12-07T13:30:00"))).toBe(false);
    expect(isOpenAt(SCHOOL_SCHEDULE, calendar, almaty("2026-12-07T14:00:00"))).toBe(true);
  });

  it("opens a State Corporation office on Saturday but not a school", () => {
    expect(isOpenAt(STATE_CORPORATION_SCHEDULE, calendar, almaty("2026-12-05T19:00:00"))).toBe(true);
    expect(isOpenAt(SCHOOL_SCHEDULE, calendar, almaty("2026-12-05T10:00:00"))).toBe(false);
  });

  it("closes both on Independence Day", () => {
    expect(isOpenAt(SCHOOL_SCHEDULE, calendar, almaty("2026-12-16T10:00:00"))).toBe(false);
    expect(isOpenAt(STATE_CORPORATION_SCHEDULE, calendar, almaty("2026-12-16T10:00:00"))).toBe(false);
  });

  it("finds the next opening after the lunch break and over a holiday", () => {
    expect(nextOpening(SCHOOL_SCHEDULE, calendar, almaty("2026-12-07T13:10:00"))).toEqual({ date: "2026-12-07", minutes: 14 * 60 });
    expect(nextOpening(SCHOOL_SCHEDULE, calendar, almaty("2026-12-15T18:30:00"))).toEqual({ date: "2026-12-17", minutes: 9 * 60 });
  });
});
