-- AlterTable
ALTER TABLE "Application" ADD COLUMN     "readyAt" TIMESTAMP(3);

-- CreateTable
CREATE TABLE "HandOver" (
    "applicationId" TEXT NOT NULL,
    "recipient" TEXT NOT NULL,
    "documentKind" TEXT,
    "documentNumberTail" TEXT,
    "representativeIin" TEXT,
    "powerOfAttorneyNumber" TEXT,
    "powerOfAttorneyDate" DATE,
    "notary" TEXT,
    "checkedByRole" TEXT NOT NULL,
    "checkedById" TEXT NOT NULL,
    "at" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "HandOver_pkey" PRIMARY KEY ("applicationId")
);

-- AddForeignKey
ALTER TABLE "HandOver" ADD CONSTRAINT "HandOver_applicationId_fkey" FOREIGN KEY ("applicationId") REFERENCES "Application"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

