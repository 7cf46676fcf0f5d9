export const root: string;
export const STORE_WORKER_ENTRY: string;
/** Bundles the store worker into outDir (a folder in the repository's root) and returns the bundle's path. */
export function bundleStoreWorker(outDir: string, name?: string): Promise<string>;
