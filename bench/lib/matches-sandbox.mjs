// Whether a walk of the charges list (through the app, or an export's id column) is right, judged
// against direct walks of the sandbox made before and after it.

/**
 * The sandbox's list is not fixed in time: charges paid more than 90 days ago leave it as its clock
 * moves (sandbox/README.md), and nothing else changes in these stacks. So a walk is right when it
 * holds every charge still listed after it, nothing that was not listed before it, in that order.
 */
export function matchesSandbox(ids, before, after) {
  const listedBefore = new Map(before.map((id, index) => [id, index]));
  const inOrder = ids.every(
    (id, index) =>
      listedBefore.has(id) && (index === 0 || listedBefore.get(id) > listedBefore.get(ids[index - 1])),
  );
  const walked = new Set(ids);
  return inOrder && after.every((id) => walked.has(id));
}
