import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { isValidIdentifier } from "../../lib/identifiers/check-digit.ts";
import { REPO_ROOT } from "../../lib/paths.ts";

const seed = (file: string) => JSON.parse(readFileSync(path.join(REPO_ROOT, "subgraphs/schools/data/seed", file), "utf8")) as Record<string, any>[];
const schools = seed("schools.json");
const offices = seed("offices.json");

describe("schools seed", () => {
  it("has at least 20 schools and 10 offices in 3 regions or more", () => {
    expect(schools.length).toBeGreaterThanOrEqual(20);
    expect(offices.length).toBeGreaterThanOrEqual(10);
    expect(new Set(schools.map((school) => school.region)).size).toBeGreaterThanOrEqual(3);
    expect(new Set(offices.map((office) => office.region)).size).toBeGreaterThanOrEqual(3);
  });

  it("gives every school a unique BIN with a valid check digit", () => {
    for (const school of schools) expect(isValidIdentifier(school.bin), school.bin).toBe(true);
    expect(new Set(schools.map((school) => school.bin)).size).toBe(schools.length);
  });

  it("names every school and office in Kazakh and Russian", () => {
    for (const place of [...schools, ...offices]) {
      expect(place.nameKk.length, JSON.stringify(place)).toBeGreaterThan(3);
      expect(place.nameRu.length, JSON.stringify(place)).toBeGreaterThan(3);
      expect(place.city.kk, JSON.stringify(place)).toBeTruthy();
      expect(place.city.ru, JSON.stringify(place)).toBeTruthy();
    }
  });

  it("gives every office a unique id", () => {
    expect(new Set(offices.map((office) => office.id)).size).toBe(offices.length);
  });
});
