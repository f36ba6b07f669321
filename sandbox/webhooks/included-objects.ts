// A webhook's `included_objects` (api-reference-2021-11.txt:106): the table's "Supported included_objects
// values" per resource (:110-189). The sandbox delivers the plain GET envelope and does not enrich
// payloads, so it refuses every value rather than accept one it would silently ignore (sandbox choice).

const DOCUMENTED: Readonly<Record<string, readonly string[]>> = {
  address: ["customer", "payment_methods"], // :120-121
  charge: ["customer", "metafields", "payment_methods"], // :137-139
  customer: ["addresses", "metafields", "payment_methods"], // :152-154
  order: ["customer", "metafields"], // :167-168
  subscription: ["customer", "metafields"], // :188-189
};

/** One message per refused value of a webhook on `topic` (none when the list is empty). */
export function includedObjectProblems(topic: string, values: readonly string[]): string[] {
  const resource = topic.split("/")[0] ?? "";
  const documented = DOCUMENTED[resource] ?? [];
  return values.map((value) =>
    documented.includes(value)
      ? `${value} is not supported by the sandbox`
      : `${value} is not a valid included_object for ${resource} webhooks`,
  );
}
