// Whether this tab needs the toast viewport yet. Kept free of sonner (and of React): the layout
// reads it on every page, and anything it imported would load with every page.

type Listener = () => void;

let requested = false;
const listeners = new Set<Listener>();

/** Asks for the toast viewport; idempotent. */
export function requestToaster(): void {
  if (requested) return;
  requested = true;
  listeners.forEach((listener) => listener());
}

export function isToasterRequested(): boolean {
  return requested;
}

export function subscribeToToasterRequest(listener: Listener): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}
