import { describe, expect, it, vi } from "vitest";
import { onDemand } from "./on-demand";

describe("onDemand", () => {
  it("imports once: loads under way and later loads share the first import", async () => {
    const importer = vi.fn(async () => ({ name: "menu" }));
    const menu = onDemand(importer);
    const [first, second] = await Promise.all([menu.load(), menu.load()]);
    await menu.load();
    expect(importer).toHaveBeenCalledTimes(1);
    expect(second).toBe(first);
  });

  it("has nothing loaded until the import has arrived, then the module itself", async () => {
    const arrived = { name: "menu" };
    const menu = onDemand(async () => arrived);
    expect(menu.loaded()).toBeNull();
    const loading = menu.load();
    expect(menu.loaded()).toBeNull();
    await loading;
    expect(menu.loaded()).toBe(arrived);
  });

  it("tries again after a failed import instead of keeping the failure", async () => {
    const importer = vi
      .fn<() => Promise<{ name: string }>>()
      .mockRejectedValueOnce(new Error("chunk failed"))
      .mockResolvedValueOnce({ name: "menu" });
    const menu = onDemand(importer);
    await expect(menu.load()).rejects.toThrow("chunk failed");
    expect(menu.loaded()).toBeNull();
    await expect(menu.load()).resolves.toEqual({ name: "menu" });
    expect(importer).toHaveBeenCalledTimes(2);
  });
});
