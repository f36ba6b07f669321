import { DiscountNotFound } from "@/components/discounts/discount-not-found";
import { PathId } from "@/components/layout/path-id";

export default function DiscountNotFoundPage() {
  return <DiscountNotFound id={<PathId />} />;
}
