import { readFileSync } from "node:fs";
import path from "node:path";
import { z } from "zod";
import { SCHOOL_SCHEDULE, STATE_CORPORATION_SCHEDULE } from "../../../lib/calendar/schedule.ts";
import { isValidIdentifier } from "../../../lib/identifiers/check-digit.ts";
import type { SchoolsPrisma } from "./database.ts";

const localized = z.object({ kk: z.string().min(1), ru: z.string().min(1) });
const region = z.enum(["ALMATY_CITY", "ASTANA_CITY", "SHYMKENT_CITY", "KARAGANDA_REGION", "TURKISTAN_REGION", "EAST_KAZAKHSTAN_REGION", "ABAI_REGION"]);

const schoolSeedSchema = z.object({
  bin: z.string().refine(isValidIdentifier, "BIN must be 12 digits with a valid check digit"),
  nameKk: z.string().min(1),
  nameRu: z.string().min(1),
  region,
  city: localized,
  address: localized,
  headOfSchool: z.string().min(1),
  levels: z.array(z.enum(["BASIC_SECONDARY", "GENERAL_SECONDARY"])).min(1),
  foundedYear: z.number().int(),
});

const officeSeedSchema = z.object({
  id: z.string().regex(/^[a-z0-9-]+$/),
  nameKk: z.string().min(1),
  nameRu: z.string().min(1),
  region,
  city: localized,
  address: localized,
});

function readSeed<T>(file: string, schema: z.ZodType<T>): T[] {
  const parsed = z.array(schema).safeParse(JSON.parse(readFileSync(path.join(import.meta.dirname, "seed", file), "utf8")));
  if (!parsed.success) throw new Error(`seed file ${file} is invalid: ${parsed.error.message}`);
  return parsed.data;
}

/**
 * Writes the schools and State Corporation offices of `data/seed/` into the
 * database, with the schedules of the service standard (schools Monday–Friday
 * 9:00–18:00 with lunch 13:00–14:00; offices Monday–Saturday 9:00–20:00).
 * Running it again updates the same rows. Returns the counts written.
 */
export async function seedSchools(prisma: SchoolsPrisma): Promise<{ schools: number; offices: number }> {
  const schools = readSeed("schools.json", schoolSeedSchema);
  const offices = readSeed("offices.json", officeSeedSchema);

  await prisma.$transaction(async (tx) => {
    for (const school of schools) {
      const row = {
        nameKk: school.nameKk,
        nameRu: school.nameRu,
        region: school.region,
        cityKk: school.city.kk,
        cityRu: school.city.ru,
        addressKk: school.address.kk,
        addressRu: school.address.ru,
        headOfSchool: school.headOfSchool,
        levels: school.levels,
        foundedYear: school.foundedYear,
        schedule: SCHOOL_SCHEDULE as object,
      };
      await tx.school.upsert({ where: { bin: school.bin }, create: { bin: school.bin, ...row }, update: row });
    }
    for (const office of offices) {
      const row = {
        nameKk: office.nameKk,
        nameRu: office.nameRu,
        region: office.region,
        cityKk: office.city.kk,
        cityRu: office.city.ru,
        addressKk: office.address.kk,
        addressRu: office.address.ru,
        schedule: STATE_CORPORATION_SCHEDULE as object,
      };
      await tx.serviceCenter.upsert({ where: { id: office.id }, create: { id: office.id, ...row }, update: row });
    }
  });
  return { schools: schools.length, offices: offices.length };
}
