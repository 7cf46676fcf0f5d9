import type { ReactNode } from "react";
import { Flex } from "antd";

/** The buttons of a wizard step, kept in view at the bottom of the window while the step scrolls. */
export function StepActions({ children }: { children: ReactNode }) {
  return (
    <Flex
      gap={8}
      align="center"
      wrap
      style={{
        position: "sticky",
        bottom: 0,
        zIndex: 3,
        padding: "12px 0",
        marginBottom: -12,
        background: "#fff",
        borderTop: "1px solid #f0f0f0",
      }}
    >
      {children}
    </Flex>
  );
}
