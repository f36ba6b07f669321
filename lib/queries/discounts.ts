import type { Discount } from "@/lib/recharge/schemas/discount";
import { resourceQueries } from "./resource-queries";

export const discountQueries = resourceQueries<Discount>("discounts");
