"use client";

import { Input } from "@/components/ui/input";
import { Label } from "@/components/ui/label";
import { NativeSelect } from "@/components/ui/native-select";
import { intervalUnits, isKnownIntervalUnit } from "@/lib/schemas/recharge-enums";
import { chargedEvery, type UpdateDraft } from "./subscription-update-draft";

type Errors = Partial<
  Record<"order_interval_unit" | "order_interval_frequency" | "charge_interval_frequency", string>
>;

/** A field's line under it: its problem (announced) or its hint. */
function FieldLine({ id, error, hint }: { id: string; error?: string | null; hint: string }) {
  return error ? (
    <p id={id} className="text-destructive text-sm">
      {error}
    </p>
  ) : (
    <p id={id} className="text-muted-foreground text-xs">
      {hint}
    </p>
  );
}

/**
 * Delivery every N days / weeks / months, and how often it is charged. The charge interval follows
 * the delivery interval unless "Prepaid" is ticked; then it is a whole number of deliveries, so
 * it can never be set shorter than, or out of step with, the deliveries it pays for.
 */
export function SubscriptionIntervalFields({
  draft,
  onChange,
  errors,
  deliveriesError,
}: {
  draft: UpdateDraft;
  onChange: (patch: Partial<UpdateDraft>) => void;
  errors: Errors;
  deliveriesError: string | null;
}) {
  const charged = chargedEvery(draft);
  const intervalError = errors.order_interval_frequency ?? errors.order_interval_unit;
  const chargeError = deliveriesError ?? errors.charge_interval_frequency;

  return (
    <fieldset className="space-y-3">
      <legend className="text-sm font-medium">Interval</legend>
      <div className="flex flex-wrap items-end gap-2">
        <div className="space-y-1.5">
          <Label htmlFor="delivery-every">Deliver every</Label>
          <Input
            id="delivery-every"
            inputMode="numeric"
            autoComplete="off"
            className="w-24"
            value={draft.every}
            onChange={(event) => onChange({ every: event.target.value })}
            aria-invalid={errors.order_interval_frequency ? true : undefined}
            aria-describedby="delivery-interval-message"
          />
        </div>
        <div className="space-y-1.5">
          <Label htmlFor="delivery-unit">Unit</Label>
          <NativeSelect
            id="delivery-unit"
            value={draft.unit}
            onChange={(event) => {
              const unit = event.target.value;
              onChange({ unit: isKnownIntervalUnit(unit) ? unit : "" });
            }}
            aria-invalid={errors.order_interval_unit ? true : undefined}
            aria-describedby="delivery-interval-message"
          >
            {draft.unit === "" ? <option value="">Choose…</option> : null}
            {intervalUnits.map((unit) => (
              <option key={unit} value={unit}>
                {unit}s
              </option>
            ))}
          </NativeSelect>
        </div>
      </div>
      <FieldLine
        id="delivery-interval-message"
        error={intervalError}
        hint="How often an order ships: 1 to 1000 days, weeks or months."
      />

      <div className="space-y-1.5">
        <label className="flex items-center gap-2 text-sm font-medium">
          <input
            type="checkbox"
            className="size-4"
            checked={draft.prepaid}
            onChange={(event) => onChange({ prepaid: event.target.checked })}
            aria-describedby="prepaid-hint"
          />
          Prepaid: each charge pays for several deliveries
        </label>
        <p id="prepaid-hint" className="text-muted-foreground text-xs">
          When the charge interval is a multiple of the delivery interval, the customer prepays that many
          deliveries at each charge. Leave it off to charge at every delivery.
        </p>
      </div>
      {draft.prepaid ? (
        <div className="space-y-1.5">
          <Label htmlFor="deliveries-per-charge">Deliveries per charge</Label>
          <Input
            id="deliveries-per-charge"
            inputMode="numeric"
            autoComplete="off"
            className="w-24"
            value={draft.deliveriesPerCharge}
            onChange={(event) => onChange({ deliveriesPerCharge: event.target.value })}
            aria-invalid={chargeError ? true : undefined}
            aria-describedby="charge-interval-message"
          />
        </div>
      ) : null}
      <FieldLine
        id="charge-interval-message"
        error={chargeError}
        hint={charged ? `Charged ${charged}.` : "Charged at the interval above."}
      />
    </fieldset>
  );
}
