-- CreateTable
CREATE TABLE "School" (
    "bin" TEXT NOT NULL,
    "nameKk" TEXT NOT NULL,
    "nameRu" TEXT NOT NULL,
    "region" TEXT NOT NULL,
    "cityKk" TEXT NOT NULL,
    "cityRu" TEXT NOT NULL,
    "addressKk" TEXT NOT NULL,
    "addressRu" TEXT NOT NULL,
    "headOfSchool" TEXT NOT NULL,
    "levels" TEXT[],
    "foundedYear" INTEGER NOT NULL,
    "schedule" JSONB NOT NULL,

    CONSTRAINT "School_pkey" PRIMARY KEY ("bin")
);

-- CreateTable
CREATE TABLE "ServiceCenter" (
    "id" TEXT NOT NULL,
    "nameKk" TEXT NOT NULL,
    "nameRu" TEXT NOT NULL,
    "region" TEXT NOT NULL,
    "cityKk" TEXT NOT NULL,
    "cityRu" TEXT NOT NULL,
    "addressKk" TEXT NOT NULL,
    "addressRu" TEXT NOT NULL,
    "schedule" JSONB NOT NULL,

    CONSTRAINT "ServiceCenter_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "School_region_idx" ON "School"("region");

-- CreateIndex
CREATE INDEX "ServiceCenter_region_idx" ON "ServiceCenter"("region");

