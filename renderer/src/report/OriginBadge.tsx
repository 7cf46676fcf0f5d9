import { Tag, Tooltip } from "antd";
import type { ReactNode } from "react";
import type { Badge } from "./labels";

/** Where a figure comes from, as a small tag; with a tooltip when there is more to say (who changed it and why). */
export function OriginBadge({ badge, tooltip, testId }: { badge: Badge; tooltip?: ReactNode; testId: string }) {
  const tag = (
    <Tag style={{ ...badge.style, marginInlineEnd: 0, cursor: tooltip ? "help" : undefined }} data-testid={testId} tabIndex={tooltip ? 0 : undefined}>
      {badge.label}
    </Tag>
  );
  return tooltip ? <Tooltip title={tooltip}>{tag}</Tooltip> : tag;
}
