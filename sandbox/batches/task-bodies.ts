// The task bodies of discount_update and discount_delete batches. They are not the single endpoint's
// body: they name the discount and, for an update, carry the PUT /discounts fields apart.
//   delete: {"discount_id": <id>} — ChemicalLuck/recharge-api-python, recharge/api/v2/discounts.py
//           (DiscountDeleteBody), sent as a task body by recharge/api/v2/async_batches.py.
//   update: {"discount_id": <id>, "changes": {…}} — reported in issue #14 from Recharge's 2021-11 async
//           batch examples guide; not verified here.
// Anything else (the old {id, …fields}, keys beside these) fails the task with a 422 result.
import { z } from "zod";
import { idInput, message } from "../domain/validation";

const changes = z
  .record(z.string(), z.json(), message("must be an object of the discount fields to change"))
  .refine((value) => Object.keys(value).length > 0, "can't be blank");

/** E2 types discount_id as a string, Recharge ids are integers: either spelling of the number passes. */
export const discountUpdateTask = z.strictObject({
  discount_id: idInput,
  changes,
});

export const discountDeleteTask = z.strictObject({ discount_id: idInput });
