import type { ApiOutput } from "../../../core/api/contract";

export type FilledOutline = ApiOutput<"outline.get">;
export type FilledNode = FilledOutline["sections"][number];
export type OutlineInfo = ApiOutput<"outline.list">[number];
export type EvidenceCandidate = ApiOutput<"outline.documents">[number];
export type Completeness = FilledNode["status"]["figures"];

/** "1. Công tác chỉ đạo điều hành", "- Việc bố trí nguồn lực…": a node as the outline prints it. */
export const nodeLabel = (node: FilledNode, text: string = node.text): string => (!node.number ? text : /^[IVX\d]+$/.test(node.number) ? `${node.number}. ${text}` : `${node.number} ${text}`);
