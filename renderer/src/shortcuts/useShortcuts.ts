import { useEffect, useRef } from "react";
import { App } from "antd";
import { hrefOf } from "../nav";
import { PRINT_SHORTCUT_ATTRIBUTE } from "../print/PrintButton";
import { firstVisible, inDialog, isTyping } from "./dom";
import { shortcutOf, type Shortcut } from "./keys";

/** The screen's search boxes are the search inputs of its search landmarks. */
export const SEARCH_BOX_SELECTOR = '[role="search"] input[type="search"]';

interface Handlers {
  openHelp: () => void;
  openList: () => void;
}

/** Installs the app's keyboard shortcuts on the window, once, for as long as the shell is shown. */
export function useShortcuts(handlers: Handlers): void {
  const { message } = App.useApp();
  const current = useRef(handlers);
  current.current = handlers;

  useEffect(() => {
    const run = (shortcut: Shortcut): boolean => {
      switch (shortcut.kind) {
        case "section":
          window.location.hash = hrefOf(shortcut.section);
          return true;
        case "help":
          current.current.openHelp();
          return true;
        case "list":
          current.current.openList();
          return true;
        case "print": {
          const button = firstVisible<HTMLButtonElement>(`button[${PRINT_SHORTCUT_ATTRIBUTE}]`);
          if (button && !button.disabled) button.click();
          else void message.info(button ? "Danh sách đang trống hoặc đang tải, chưa có gì để in." : "Màn hình này không có danh sách để in.");
          return true;
        }
        case "search": {
          const box = firstVisible<HTMLInputElement>(SEARCH_BOX_SELECTOR);
          if (!box) return false;
          box.focus();
          box.select();
          return true;
        }
      }
    };
    const onKey = (e: KeyboardEvent) => {
      if (e.defaultPrevented || e.repeat || inDialog(e.target)) return;
      const shortcut = shortcutOf(e, isTyping(e.target));
      if (shortcut && run(shortcut)) e.preventDefault();
    };
    window.addEventListener("keydown", onKey);
    return () => window.removeEventListener("keydown", onKey);
  }, [message]);
}
