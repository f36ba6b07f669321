/** A postal address from Recharge's loosely typed address objects, one line per part. */
export function AddressBlock({ address }: { address: Record<string, unknown> | null }) {
  if (!address) return <p className="text-muted-foreground text-sm">None on file</p>;
  const text = (key: string) =>
    typeof address[key] === "string" && address[key] ? (address[key] as string) : null;
  const name = [text("first_name"), text("last_name")].filter(Boolean).join(" ");
  const cityLine = [text("zip"), text("city"), text("province")].filter(Boolean).join(" ");
  const lines = [
    name,
    text("company"),
    text("address1"),
    text("address2"),
    cityLine,
    text("country_code"),
    text("phone"),
  ];
  return (
    <address className="text-sm leading-6 not-italic">
      {lines.filter(Boolean).map((line) => (
        <div key={line}>{line}</div>
      ))}
    </address>
  );
}
