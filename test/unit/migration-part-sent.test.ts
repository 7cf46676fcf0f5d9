import path from "node:path";
import { describe, expect, it } from "vitest";
import { loadMigrations } from "../../db/migrations";
import { openStore } from "../../db/store";
import { useTempDir } from "../helpers";

const tempDir = useTempDir();
const version = loadMigrations().findIndex((m) => m.tag === "0004_part_sent_from_outbox") + 1;

describe("migration 5 (part sent from the outbox): a store whose assignments kept their own sent state", () => {
  it("drops the assignment's status and sent time, which the outbox now says, and keeps its deadline and when its answer came", () => {
    const file = path.join(tempDir(), "x.sqlite");
    const before = openStore(file, { targetVersion: version - 1 });
    before.sqlite.prepare("INSERT INTO departments (code, name) VALUES ('KT', 'Phòng Kinh tế')").run();
    before.sqlite
      .prepare(
        `INSERT INTO report_assignments (outline_id, period_from, period_to, department_code, deadline, status, sent_at, received_at)
         VALUES ('de-cuong-kiem-tra-2025', '2025-07-01', '2025-10-09', 'KT', '2025-10-09 11:00', 'da_nhan', '2025-10-02 08:00:00', '2025-10-05 09:00:00')`,
      )
      .run();
    before.close();

    const after = openStore(file);
    expect(after.sqlite.prepare("SELECT * FROM report_assignments").all()).toEqual([
      {
        id: 1,
        outline_id: "de-cuong-kiem-tra-2025",
        period_from: "2025-07-01",
        period_to: "2025-10-09",
        department_code: "KT",
        deadline: "2025-10-09 11:00",
        received_at: "2025-10-05 09:00:00",
        note: null,
      },
    ]);
    after.close();
  });
});
