import { DiscountNotFound } from "@/components/discounts/discount-not-found";

export default function DiscountNotFoundPage() {
  return <DiscountNotFound />;
}
