import { Tree, type TreeDataNode } from "antd";
import { StatusMarks } from "./StatusMarks";
import { nodeLabel, type FilledNode } from "./types";

const toTree = (nodes: FilledNode[]): TreeDataNode[] =>
  nodes.map((n) => ({
    key: n.key,
    title: (
      <span className="outline-tree-title" data-testid={`tree-${n.key}`}>
        <span className={n.depth === 0 ? "outline-tree-part" : undefined}>{nodeLabel(n)}</span>
        <StatusMarks status={n.status} />
      </span>
    ),
    children: n.children.length ? toTree(n.children) : undefined,
  }));

/** The outline as a tree, every heading and item with its marks (số liệu, nội dung, minh chứng). */
export function OutlineTree({ sections, selected, onSelect }: { sections: FilledNode[]; selected: string | null; onSelect: (key: string) => void }) {
  return (
    <Tree
      aria-label="Các mục của đề cương"
      blockNode
      showLine
      defaultExpandAll
      selectedKeys={selected ? [selected] : []}
      onSelect={(keys) => keys[0] !== undefined && onSelect(String(keys[0]))}
      treeData={toTree(sections)}
    />
  );
}
