import {
  Table,
  TableBody,
  TableCaption,
  TableCell,
  TableHead,
  TableHeader,
  TableRow,
} from "@/components/ui/table";
import type { Discount } from "@/lib/recharge/schemas/discount";
import { discountChannels } from "@/lib/schemas/discount-form-values";
import { discountChannelLabels } from "./discount-format";

type Channels = NonNullable<Discount["channel_settings"]>;

const CHANNELS = discountChannels.map((key) => ({ key, label: discountChannelLabels[key] }));

function canApply(channels: Discount["channel_settings"], key: keyof Channels & string): string {
  const setting = channels?.[key] as { can_apply?: boolean } | null | undefined;
  if (typeof setting?.can_apply !== "boolean") return "Not set";
  return setting.can_apply ? "Yes" : "No";
}

/** Where the code can be applied, one row per Recharge channel. */
export function DiscountChannelsTable({ channels }: { channels: Discount["channel_settings"] }) {
  return (
    <Table>
      <TableCaption className="sr-only">Channels where the code can be applied</TableCaption>
      <TableHeader>
        <TableRow>
          <TableHead className="px-0">Channel</TableHead>
          <TableHead className="px-0 text-right">Can apply</TableHead>
        </TableRow>
      </TableHeader>
      <TableBody>
        {CHANNELS.map((channel) => (
          <TableRow key={channel.key}>
            <TableHead scope="row" className="text-foreground h-9 px-0 text-sm font-normal">
              {channel.label}
            </TableHead>
            <TableCell className="px-0 text-right font-medium">{canApply(channels, channel.key)}</TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}
