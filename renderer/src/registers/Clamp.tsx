import type { CSSProperties } from "react";

const CLAMP: CSSProperties = {
  display: "-webkit-box",
  WebkitLineClamp: 2,
  WebkitBoxOrient: "vertical",
  overflow: "hidden",
  overflowWrap: "anywhere",
};

/** Text in at most two lines, cut with "…"; the whole of it in the tooltip. "–" when there is none. */
export function Clamp({ text }: { text: string | null }) {
  if (!text) return <>–</>;
  return (
    <span title={text} style={CLAMP}>
      {text}
    </span>
  );
}
