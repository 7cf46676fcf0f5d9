import { useEffect, useState } from "react";
import { DEFAULT_SECTION, SECTIONS, hrefOf, type SectionKey } from "./nav";
import { isPrintHash } from "./outline/printRoute";

function sectionFromHash(hash: string): SectionKey | null {
  const key = hash.replace(/^#\/?/, "").split(/[/?]/)[0] ?? "";
  return SECTIONS.find((s) => s.key === key)?.key ?? null;
}

/** The section named by location.hash; an empty or unknown hash is replaced by the default section. */
export function useHashRoute(): SectionKey {
  const [section, setSection] = useState<SectionKey>(() => sectionFromHash(window.location.hash) ?? DEFAULT_SECTION);

  useEffect(() => {
    const sync = () => {
      // A print view keeps its address; the app shows it in place of the page.
      if (isPrintHash(window.location.hash)) return;
      const found = sectionFromHash(window.location.hash);
      if (found) {
        setSection(found);
      } else {
        window.history.replaceState(null, "", hrefOf(DEFAULT_SECTION));
        setSection(DEFAULT_SECTION);
      }
    };
    sync();
    window.addEventListener("hashchange", sync);
    return () => window.removeEventListener("hashchange", sync);
  }, []);

  return section;
}
