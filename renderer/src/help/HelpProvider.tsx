import { useCallback, useState, type ReactNode } from "react";
import type { SectionKey } from "../nav";
import { ShortcutsDialog } from "../shortcuts/ShortcutsDialog";
import { useShortcuts } from "../shortcuts/useShortcuts";
import { HelpContext } from "./HelpContext";
import { HelpDrawer } from "./HelpDrawer";

/** The help drawer of the screen shown, the shortcut list, and the keyboard shortcuts that open them. */
export function HelpProvider({ section, children }: { section: SectionKey; children: ReactNode }) {
  const [helpOpen, setHelpOpen] = useState(false);
  const [listOpen, setListOpen] = useState(false);
  const openHelp = useCallback(() => setHelpOpen(true), []);
  useShortcuts({ openHelp, openList: () => setListOpen(true) });
  return (
    <HelpContext.Provider value={openHelp}>
      {children}
      <HelpDrawer section={section} open={helpOpen} onClose={() => setHelpOpen(false)} />
      <ShortcutsDialog open={listOpen} onClose={() => setListOpen(false)} />
    </HelpContext.Provider>
  );
}
