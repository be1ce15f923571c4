-- CreateTable
CREATE TABLE "Application" (
    "id" TEXT NOT NULL,
    "number" TEXT NOT NULL,
    "channel" TEXT NOT NULL,
    "status" TEXT NOT NULL,
    "applicantIin" TEXT NOT NULL,
    "filerIin" TEXT NOT NULL,
    "documentKind" TEXT NOT NULL,
    "reason" TEXT NOT NULL,
    "nameChanged" BOOLEAN NOT NULL,
    "schoolBin" TEXT NOT NULL,
    "pickupOfficeId" TEXT,
    "graduationYear" INTEGER NOT NULL,
    "submittedAt" TIMESTAMP(3) NOT NULL,
    "intakeDate" DATE NOT NULL,
    "dueDate" DATE NOT NULL,

    CONSTRAINT "Application_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "CaseNumberCounter" (
    "year" INTEGER NOT NULL,
    "lastValue" INTEGER NOT NULL,

    CONSTRAINT "CaseNumberCounter_pkey" PRIMARY KEY ("year")
);

-- CreateIndex
CREATE UNIQUE INDEX "Application_number_key" ON "Application"("number");

-- CreateIndex
CREATE INDEX "Application_applicantIin_idx" ON "Application"("applicantIin");

-- CreateIndex
CREATE INDEX "Application_schoolBin_idx" ON "Application"("schoolBin");

-- CreateIndex
CREATE INDEX "Application_pickupOfficeId_idx" ON "Application"("pickupOfficeId");

