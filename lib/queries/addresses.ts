import type { Address } from "@/lib/recharge/schemas/address";
import { resourceQueries } from "./resource-queries";

const addresses = resourceQueries<Address>("addresses");

/**
 * One address (`GET /api/addresses/{id}`), which its action dialogs watch. Addresses have no list
 * of their own: a customer's are `customerQueries.addresses`, under the customer's key.
 */
export const addressQueries = { keys: addresses.keys, detail: addresses.detail };
