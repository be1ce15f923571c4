-- AlterTable
ALTER TABLE "Application" ADD COLUMN     "intakeChecklist" JSONB;

-- CreateTable
CREATE TABLE "RefusalReceipt" (
    "number" TEXT NOT NULL,
    "applicationId" TEXT NOT NULL,
    "issuedAt" TIMESTAMP(3) NOT NULL,
    "placeKind" TEXT NOT NULL,
    "placeId" TEXT NOT NULL,
    "employeeRole" TEXT NOT NULL,
    "employeeId" TEXT NOT NULL,
    "items" JSONB NOT NULL,

    CONSTRAINT "RefusalReceipt_pkey" PRIMARY KEY ("number")
);

-- CreateTable
CREATE TABLE "ReceiptNumberCounter" (
    "year" INTEGER NOT NULL,
    "lastValue" INTEGER NOT NULL,

    CONSTRAINT "ReceiptNumberCounter_pkey" PRIMARY KEY ("year")
);

-- CreateIndex
CREATE UNIQUE INDEX "RefusalReceipt_applicationId_key" ON "RefusalReceipt"("applicationId");

-- AddForeignKey
ALTER TABLE "RefusalReceipt" ADD CONSTRAINT "RefusalReceipt_applicationId_fkey" FOREIGN KEY ("applicationId") REFERENCES "Application"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

