-- CreateTable
CREATE TABLE "Consent" (
    "id" TEXT NOT NULL,
    "ownerIin" TEXT NOT NULL,
    "documentKind" TEXT NOT NULL,
    "purpose" TEXT NOT NULL,
    "status" TEXT NOT NULL,
    "phoneMasked" TEXT NOT NULL,
    "codeHash" TEXT NOT NULL,
    "failedAttempts" INTEGER NOT NULL DEFAULT 0,
    "requestedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "codeExpiresAt" TIMESTAMP(3) NOT NULL,
    "grantedAt" TIMESTAMP(3),
    "validUntil" TIMESTAMP(3),

    CONSTRAINT "Consent_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "Consent_ownerIin_idx" ON "Consent"("ownerIin");

