import type { Charge } from "@/lib/recharge/schemas/charge";
import { resourceQueries } from "./resource-queries";

export const chargeQueries = resourceQueries<Charge>("charges");
