// GET /api/pulse — the overview's tiles: shared snapshots (a stale one is refreshed after the answer) and live batches
import { after } from "next/server";
import { apiRoute } from "@/lib/api/route";
import { readPulse } from "@/lib/use-cases/pulse/read-pulse";

// A refresh claimed here walks Recharge after the answer (`after`), within the function's time.
export const maxDuration = 60;

export const GET = apiRoute({ permission: "records:read" }, () => readPulse({ background: after }));
