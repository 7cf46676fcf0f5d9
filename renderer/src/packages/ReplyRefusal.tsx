/** A refused reply as the core words it: one line, or a head line, the problems as a list, and the closing line. */
export function ReplyRefusal({ message }: { message: string }) {
  const [head, ...rest] = message.split("\n");
  const problems = rest.filter((line) => line.startsWith("- "));
  const closing = rest.filter((line) => !line.startsWith("- "));
  if (problems.length === 0) return <>{message}</>;
  return (
    <div>
      <div>{head}</div>
      <ul style={{ margin: "4px 0", paddingLeft: 20, maxHeight: 320, overflowY: "auto" }}>
        {problems.map((p, i) => (
          <li key={i}>{p.slice(2)}</li>
        ))}
      </ul>
      {closing.map((line) => (
        <div key={line}>{line}</div>
      ))}
    </div>
  );
}
