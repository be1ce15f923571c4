-- AlterTable
ALTER TABLE "Application" ADD COLUMN     "signatureConsentId" TEXT;

-- CreateIndex
CREATE UNIQUE INDEX "Application_signatureConsentId_key" ON "Application"("signatureConsentId");

