import path from "node:path";
import { prismaCliConfig } from "../../scripts/prisma-cli-config.ts";

export default prismaCliConfig(path.join(import.meta.dirname, "prisma"));
