import { Plus } from "lucide-react";
import Link from "next/link";
import { buttonClassName } from "@/components/ui/button";

/** The discounts list's way to one new code; the page shows it to admins only. */
export function NewDiscountLink() {
  return (
    <Link href="/discounts/new" className={buttonClassName()}>
      <Plus aria-hidden="true" className="size-4" />
      New discount
    </Link>
  );
}
