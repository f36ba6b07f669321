import { CustomerNotFound } from "@/components/customers/customer-not-found";
import { PathId } from "@/components/layout/path-id";

export default function CustomerNotFoundPage() {
  return <CustomerNotFound id={<PathId />} />;
}
