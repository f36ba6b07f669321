import { describeDatabaseContract } from "./database-contract";
import { openPglite } from "./pglite-driver";

describeDatabaseContract("PGlite (embedded)", () => openPglite("memory://"));
