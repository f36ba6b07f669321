import "server-only";

/** Money-moving actions per operator (refund, process): at most 20 a minute, across all instances. */
export const moneyMovingLimit = { bucket: "money-moving", max: 20, windowSeconds: 60 } as const;
