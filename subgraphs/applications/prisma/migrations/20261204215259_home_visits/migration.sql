-- CreateTable
CREATE TABLE "HomeVisit" (
    "applicationId" TEXT NOT NULL,
    "address" TEXT NOT NULL,
    "reason" TEXT NOT NULL,
    "requestedByRole" TEXT NOT NULL,
    "requestedById" TEXT NOT NULL,
    "requestedAt" TIMESTAMP(3) NOT NULL,
    "visitedAt" TIMESTAMP(3),
    "visitedById" TEXT,

    CONSTRAINT "HomeVisit_pkey" PRIMARY KEY ("applicationId")
);

-- AddForeignKey
ALTER TABLE "HomeVisit" ADD CONSTRAINT "HomeVisit_applicationId_fkey" FOREIGN KEY ("applicationId") REFERENCES "Application"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

