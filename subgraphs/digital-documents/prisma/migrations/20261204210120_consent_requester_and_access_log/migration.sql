-- AlterTable
-- Consents stored before this migration get an unknown requester, so no one can read their document.
ALTER TABLE "Consent" ADD COLUMN     "applicationId" TEXT,
ADD COLUMN     "lastSentAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
ADD COLUMN     "phoneHash" TEXT NOT NULL DEFAULT '',
ADD COLUMN     "requesterId" TEXT NOT NULL DEFAULT '',
ADD COLUMN     "requesterRole" TEXT NOT NULL DEFAULT '';
ALTER TABLE "Consent" ALTER COLUMN "phoneHash" DROP DEFAULT,
ALTER COLUMN "requesterId" DROP DEFAULT,
ALTER COLUMN "requesterRole" DROP DEFAULT;

-- CreateTable
CREATE TABLE "OtpDispatch" (
    "id" TEXT NOT NULL,
    "ownerIin" TEXT NOT NULL,
    "consentId" TEXT NOT NULL,
    "sentAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "OtpDispatch_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "AccessLogEntry" (
    "id" TEXT NOT NULL,
    "at" TIMESTAMP(3) NOT NULL,
    "ownerIin" TEXT NOT NULL,
    "actorRole" TEXT NOT NULL,
    "actorId" TEXT NOT NULL,
    "data" TEXT NOT NULL,
    "purpose" TEXT NOT NULL,
    "applicationId" TEXT,
    "consentId" TEXT,

    CONSTRAINT "AccessLogEntry_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "OtpDispatch_ownerIin_sentAt_idx" ON "OtpDispatch"("ownerIin", "sentAt");

-- CreateIndex
CREATE INDEX "AccessLogEntry_ownerIin_at_idx" ON "AccessLogEntry"("ownerIin", "at");

-- CreateIndex
CREATE INDEX "Consent_phoneHash_status_idx" ON "Consent"("phoneHash", "status");

