import "server-only";
import type { OperatorLimit } from "./mutation-route";

/**
 * Actions that move money (the catalog's `movesMoney`: refund, process) per operator: at most 20 a
 * minute, across all instances.
 */
export const moneyMovingLimit: OperatorLimit = { bucket: "money-moving", max: 20, windowSeconds: 60 };
