-- AlterTable
ALTER TABLE "Application" ADD COLUMN     "filerPowerOfAttorney" JSONB;

