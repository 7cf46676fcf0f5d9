import { Button, Flex, Tooltip } from "antd";
import type { ReactNode } from "react";
import { formatFigure } from "../../../core/indicators/format";
import { OriginBadge } from "./OriginBadge";
import type { Badge } from "./labels";

function PencilIcon() {
  return (
    <svg width="14" height="14" viewBox="0 0 16 16" aria-hidden="true" focusable="false">
      <path d="M11.3 1.7a1.5 1.5 0 0 1 2.1 0l.9.9a1.5 1.5 0 0 1 0 2.1L5.6 13.4 2 14l.6-3.6z" fill="none" stroke="currentColor" strokeWidth="1.5" strokeLinejoin="round" />
    </svg>
  );
}

interface Props {
  value: number | null;
  unit: string;
  badge: Badge;
  badgeTooltip?: ReactNode;
  /** What the figure is, for the buttons' accessible names. */
  label: string;
  testId: string;
  /** Opens what lies behind the figure: its dossiers, or else the entry form. */
  onOpen: () => void;
  openLabel: string;
  onEdit: () => void;
}

/** A figure with where it comes from, and a button to enter or change it; the figures line up on the right. */
export function FigureCell({ value, unit, badge, badgeTooltip, label, testId, onOpen, openLabel, onEdit }: Props) {
  const text = formatFigure(value, unit);
  const action = value === null ? "Nhập" : "Sửa";
  return (
    <Flex justify="space-between" align="center" gap={6} data-testid={testId}>
      <OriginBadge badge={badge} tooltip={badgeTooltip} testId={`${testId}-badge`} />
      <Flex align="center" gap={2}>
        <Button type="link" size="small" className="report-figure" onClick={onOpen} aria-label={`${text} – ${openLabel}: ${label}`} data-testid={`${testId}-value`}>
          {text}
        </Button>
        <Tooltip title={action}>
          <Button type="text" size="small" className="report-edit" icon={<PencilIcon />} onClick={onEdit} aria-label={`${action} số liệu: ${label}`} />
        </Tooltip>
      </Flex>
    </Flex>
  );
}
