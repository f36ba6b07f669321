import { createElement as h } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { emptyDiscountForm, type DiscountFormValues } from "@/lib/schemas/discount-form-values";
import { DiscountFormErrorSummary } from "./discount-form-error-summary";
import { DiscountFormFields } from "./discount-form-fields";

function render(values: Partial<DiscountFormValues> = {}, errors: Record<string, string> = {}) {
  return renderToStaticMarkup(
    h(DiscountFormFields, {
      mode: "create",
      values: { ...emptyDiscountForm(), ...values },
      errors,
      onChange: () => undefined,
    }),
  );
}

const attributes = (tag: string) =>
  Object.fromEntries([...tag.matchAll(/([\w-]+)="([^"]*)"/g)].map((match) => [match[1], match[2]]));

describe("DiscountFormFields", () => {
  it("labels every input: text fields by a label, radios and checkboxes by their own", () => {
    const html = render({ resource: "shopify_product" });
    const labelled = new Set([...html.matchAll(/<label[^>]*for="([^"]+)"/g)].map((match) => match[1]));
    for (const [tag] of html.matchAll(/<(input|textarea)\b[^>]*>/g)) {
      const input = attributes(tag);
      if (input.type === "radio") continue; // wrapped in its <label>
      expect(labelled.has(input.id), `no label for ${tag}`).toBe(true);
    }
    expect(html.match(/type="radio"/g)).toHaveLength(9);
    expect(html).toContain(">Product ids</label>");
  });

  it("groups the options: each radio group and each section is a fieldset with a legend", () => {
    const html = render();
    const legends = [...html.matchAll(/<legend[^>]*>([^<]+)<\/legend>/g)].map((match) => match[1]);
    expect(legends).toEqual([
      "Code and value",
      "Type of discount",
      "Applies to",
      "Purchases",
      "Products",
      "Channels",
      "Usage limits",
      "Dates (UTC)",
    ]);
    expect(html.match(/<fieldset[^>]*role="radiogroup"/g)).toHaveLength(3);
  });

  it("marks a field with a problem invalid and names the problem as its description", () => {
    const html = render(
      { value: "abc" },
      { value: "must be a non-negative amount with at most two decimals" },
    );
    const input = attributes(/<input[^>]*id="discount-value"[^>]*>/.exec(html)![0]);
    expect(input["aria-invalid"]).toBe("true");
    expect(input["aria-describedby"]).toBe("discount-value-error");
    expect(html).toContain(
      '<p id="discount-value-error" class="text-destructive text-sm">Value must be a non-negative amount with at most two decimals</p>',
    );
    // A field without a problem is described by its hint.
    const code = attributes(/<input[^>]*id="discount-code"[^>]*>/.exec(html)![0]);
    expect(code["aria-invalid"]).toBeUndefined();
    expect(code["aria-describedby"]).toBe("discount-code-hint");
  });

  it("keeps a resource Recharge holds that the dashboard does not know, selected as sent", () => {
    expect(render({ resource: "shopify_variant" })).toMatch(
      /<input[^>]*checked=""[^>]*value="shopify_variant"\/>As Recharge has it \(shopify_variant\)/,
    );
  });
});

describe("DiscountFormErrorSummary", () => {
  it("lists each problem as a link to its field, the form's own problem as text", () => {
    const html = renderToStaticMarkup(
      h(DiscountFormErrorSummary, {
        errors: {
          code: "has already been taken",
          reason: "Keep the reason under 500 characters.",
          form: "Change at least one setting before saving.",
        },
        attempt: 1,
      }),
    );
    expect(html).toContain("3 problems stop this from being sent");
    expect(html).toContain('href="#discount-code"');
    expect(html).toContain(">Code has already been taken</a>");
    expect(html).toContain('href="#action-reason"');
    expect(html).toContain("<li>Change at least one setting before saving.</li>");
  });

  it("shows nothing when there is no problem", () => {
    expect(renderToStaticMarkup(h(DiscountFormErrorSummary, { errors: {}, attempt: 1 }))).toBe("");
  });
});
