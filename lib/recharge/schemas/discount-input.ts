import "server-only";

// The outgoing discount bodies are described once, in lib/schemas (shared with the batch CSV
// validator that runs in the browser).
export {
  discountCreateBodySchema,
  discountUpdateBodySchema,
  type DiscountCreateBody,
  type DiscountUpdateBody,
} from "@/lib/schemas/discount-fields";
