import { useEffect, useState } from "react";
import { printTarget } from "./printRoute";

/** The print view the address names, if any; follows the address as it changes. */
export function usePrintTarget(): ReturnType<typeof printTarget> {
  const [hash, setHash] = useState(window.location.hash);
  useEffect(() => {
    const sync = () => setHash(window.location.hash);
    window.addEventListener("hashchange", sync);
    return () => window.removeEventListener("hashchange", sync);
  }, []);
  return printTarget(hash);
}
