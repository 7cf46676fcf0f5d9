import { createContext, useContext } from "react";

/** Opens the help of the screen shown; null outside the app's shell (the print views have no help). */
export const HelpContext = createContext<(() => void) | null>(null);

export const useOpenHelp = () => useContext(HelpContext);
