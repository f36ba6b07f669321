// The kinds of record an action is taken on, and what the catalog needs to know about each: its
// noun, its URL, and which statuses the dashboard knows. Browser-safe and free of zod.
import {
  isKnownChargeStatus,
  isKnownDiscountStatus,
  isKnownSubscriptionStatus,
  type KnownChargeStatus,
  type KnownDiscountStatus,
  type KnownSubscriptionStatus,
} from "@/lib/schemas/recharge-enums";

export const actionTargets = ["charge", "subscription", "address", "discount"] as const;
export type ActionTarget = (typeof actionTargets)[number];

/** The statuses an action's gate may name, per target (an address has no status). */
export interface TargetStatuses {
  charge: KnownChargeStatus;
  subscription: KnownSubscriptionStatus;
  discount: KnownDiscountStatus;
  address: never;
}

/** What the dashboard knows of a target's statuses; null when its records have none. */
interface StatusKnowledge {
  isKnown: (status: string) => boolean;
  /** "partially refunded" for `partially_refunded`, in sentences. */
  label: (status: string) => string;
}

export interface TargetDescriptor {
  noun: string;
  /** The BFF's collection: `/api/<apiPath>/{id}/<action path>`. */
  apiPath: string;
  statuses: StatusKnowledge | null;
  /**
   * Whether an action's label is quoted in sentences. Subscription labels are phrases ("Change next
   * charge date is not possible…" misreads); charge labels are single verbs ("Skip is not possible…").
   */
  quoteLabels: boolean;
}

const spaced = (status: string) => status.replaceAll("_", " ");

export const targetDescriptors = {
  charge: {
    noun: "charge",
    apiPath: "charges",
    statuses: { isKnown: isKnownChargeStatus, label: spaced },
    quoteLabels: false,
  },
  subscription: {
    noun: "subscription",
    apiPath: "subscriptions",
    statuses: { isKnown: isKnownSubscriptionStatus, label: (status) => status },
    quoteLabels: true,
  },
  address: { noun: "address", apiPath: "addresses", statuses: null, quoteLabels: true },
  discount: {
    noun: "discount",
    apiPath: "discounts",
    statuses: { isKnown: isKnownDiscountStatus, label: spaced },
    quoteLabels: true,
  },
} as const satisfies Record<ActionTarget, TargetDescriptor>;

/** `charges` for `charge`: permissions are named after the collection (`charges:refund`). */
export type TargetCollection<T extends ActionTarget> = (typeof targetDescriptors)[T]["apiPath"];
