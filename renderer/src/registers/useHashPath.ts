import { useCallback, useEffect, useState } from "react";
import { hrefOf, type SectionKey } from "../nav";

/** "#/du-lieu/can-bo/bien-che" → ["can-bo", "bien-che"]: what follows the section. */
const pathOf = (hash: string): string[] => hash.replace(/^#\/?/, "").split("?")[0]!.split("/").slice(1).filter(Boolean);

/**
 * The place inside a section kept in the hash (#/ho-so/nhap, #/du-lieu/can-bo/bien-che), so that a reload or the
 * Back button finds the same tab again; `open` moves there.
 */
export function useHashPath(section: SectionKey): [string[], (path: readonly string[]) => void] {
  const [path, setPath] = useState(() => pathOf(window.location.hash));

  useEffect(() => {
    const sync = () => setPath(pathOf(window.location.hash));
    window.addEventListener("hashchange", sync);
    return () => window.removeEventListener("hashchange", sync);
  }, []);

  const open = useCallback(
    (next: readonly string[]) => {
      window.location.hash = [hrefOf(section), ...next].join("/");
    },
    [section],
  );

  return [path, open];
}
