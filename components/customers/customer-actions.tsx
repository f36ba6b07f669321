/**
 * The customer's actions (next issue) go in this group in the page header. It is kept, empty and
 * button-high, so adding them moves nothing; no button is shown before it does something.
 */
export function CustomerActions() {
  return (
    <div
      role="group"
      aria-label="Customer actions"
      data-slot="customer-actions"
      className="flex min-h-9 gap-2"
    />
  );
}
