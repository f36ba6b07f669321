/**
 * A module fetched on first need and then kept. `load()` starts the import, or joins the one under
 * way; after a failure (a dropped connection) the next call tries again. `loaded()` is the module once
 * it has arrived, so a component can render it at once, without a loading state, from then on.
 * The importer must be a literal `() => import("./x")` at the call site, for the bundler to split it.
 */
export function onDemand<Module>(importer: () => Promise<Module>) {
  let arrived: Module | null = null;
  let pending: Promise<Module> | null = null;
  return {
    load(): Promise<Module> {
      pending ??= importer().then(
        (value) => (arrived = value),
        (error: unknown) => {
          pending = null;
          throw error;
        },
      );
      return pending;
    },
    loaded: (): Module | null => arrived,
  };
}
