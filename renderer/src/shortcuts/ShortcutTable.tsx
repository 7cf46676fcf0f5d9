import { SHORTCUT_LIST } from "./keys";

/** The shortcuts, keys then what they do; shown in the "?" dialog and at the end of each help. */
export function ShortcutTable() {
  return (
    <table className="shortcut-table">
      <tbody>
        {SHORTCUT_LIST.map((s) => (
          <tr key={s.keys}>
            <th scope="row">
              <kbd>{s.keys}</kbd>
            </th>
            <td>{s.action}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
