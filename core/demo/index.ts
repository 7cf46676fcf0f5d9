import type Database from "better-sqlite3";
import type { Store } from "../../db/store";
import { importBatches } from "../../db/schema";
import { recordAudit } from "../audit";
import { parseIsoDate } from "../../shared/dates";
import { AppError } from "../../shared/errors";
import { loadProfiles } from "../profiles";
import { defaultDepartments, getUnit, saveUnit, type Signer, type UnitDetails } from "../unit";
import { DEMO_START, DemoCalendar } from "./calendar";
import { insertCommunication } from "./communication";
import type { DemoContext } from "./context";
import { insertDocuments } from "./documents";
import { insertDossiers } from "./dossiers";
import { insertPakn, insertSatisfaction } from "./feedback";
import { insertFinanceFigures } from "./finance";
import { insertManualFigures } from "./manual-figures";
import { insertOutlineWork } from "./outline-work";
import { DocumentNumbers } from "./numbering";
import { placeOf } from "./place";
import { insertProcedures } from "./procedures";
import { createRandom } from "./random";
import { insertReceptions } from "./reception";
import { insertInspections, insertLegalReviews } from "./reviews";
import { insertQuotas, insertStaff, planRoster, type KnownNames, type Roster } from "./staff";
import { insertAssignedTasks, insertPlanTasks } from "./tasks";
import { defaultDossierCount } from "./volume";

export interface DemoOptions {
  seed: number;
  /** 'YYYY-MM-DD', inclusive, Vietnam calendar date. */
  until: string;
  /** Total dossier count; default ≈250 per month from 2024-07-01 to until. */
  dossiers?: number;
  userName: string;
}

export interface DemoSummary {
  unitName: string;
  from: string;
  until: string;
  /** Rows inserted per table name. */
  counts: Record<string, number>;
}

/** The demo's unit when the store has none yet. */
const DEMO_UNIT = { name: "Xã Cẩm Giang", kind: "xa", provinceName: "Thành phố Hải Phòng", placeName: "Cẩm Giang", profileId: "hai-phong", address: null } as const;

function validate(options: DemoOptions): void {
  if (!parseIsoDate(options.until) || options.until < DEMO_START) {
    throw new AppError("demo_bad_until", `Ngày cuối của dữ liệu mẫu phải là một ngày dạng YYYY-MM-DD từ ${DEMO_START} trở đi (nhận được "${options.until}").`);
  }
  if (!Number.isSafeInteger(options.seed)) {
    throw new AppError("demo_bad_seed", `Hạt giống (--seed) của dữ liệu mẫu phải là một số nguyên (nhận được "${options.seed}").`);
  }
  if (options.dossiers !== undefined && !(Number.isSafeInteger(options.dossiers) && options.dossiers >= 0)) {
    throw new AppError("demo_bad_dossiers", `Số hồ sơ mẫu (--dossiers) phải là một số nguyên không âm (nhận được "${options.dossiers}").`);
  }
}

function refuseNonEmpty(sqlite: Database.Database): void {
  const held = sqlite.prepare("SELECT (SELECT count(*) FROM dossiers) + (SELECT count(*) FROM staff) + (SELECT count(*) FROM documents) AS n").get() as { n: number };
  if (held.n > 0) {
    throw new AppError(
      "demo_not_empty",
      "Tệp dữ liệu này đã có hồ sơ, cán bộ hoặc văn bản; dữ liệu mẫu chỉ được điền vào một tệp dữ liệu trống. Không có gì bị thay đổi. Hãy chỉ ra một tệp mới bằng --db.",
    );
  }
}

function rowCounts(sqlite: Database.Database): Map<string, number> {
  const tables = sqlite.prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name").pluck().all() as string[];
  return new Map(tables.map((t) => [t, sqlite.prepare(`SELECT count(*) FROM "${t}"`).pluck().get() as number]));
}

function knownNames(unit: UnitDetails | null): KnownNames {
  return {
    chairman: unit?.signers.find((s) => s.position === "chu_tich")?.name,
    viceChairman: unit?.signers.find((s) => s.position === "pho_chu_tich")?.name,
    heads: new Map((unit?.departments ?? []).flatMap((d) => (d.headName ? [[d.code, d.headName] as const] : []))),
  };
}

/** The chairman (TM., signing by default) and a deputy (KT.) from the roster. */
const rosterSigners = (roster: Roster): Signer[] => [
  { name: roster.chairman, position: "chu_tich", signMode: "TM", isDefault: true },
  { name: roster.viceChairman, position: "pho_chu_tich", signMode: "KT", isDefault: false },
];

/** A new unit for the demo, its departments headed and its signers named from the roster. */
function createUnit(store: Store, roster: Roster, userName: string): UnitDetails {
  const departments = defaultDepartments(DEMO_UNIT.kind).map((d) => {
    const head = roster.heads.get(d.code);
    return head ? { ...d, headName: head.name, headTitle: head.title } : d;
  });
  return saveUnit(store.db, { ...DEMO_UNIT, departments, signers: rosterSigners(roster) }, userName);
}

/** The unit `cchc init` made, given the roster's signers when it has none, so that the demo's reports are signed. */
function withSigners(store: Store, unit: UnitDetails, roster: Roster, userName: string): UnitDetails {
  if (unit.signers.length > 0) return unit;
  return saveUnit(store.db, { ...unit, signers: rosterSigners(roster) }, userName);
}

function freeBatchId(sqlite: Database.Database, base: string): string {
  const exists = sqlite.prepare("SELECT 1 FROM import_batches WHERE id = ?").pluck();
  let id = base;
  for (let i = 2; exists.get(id) !== undefined; i++) id = `${base}-${i}`;
  return id;
}

/**
 * Fills an empty store with a realistic commune: procedures and dossiers from
 * 01/07/2024 to `until`, and the other records the reports draw on. The same
 * options give the same rows (only the audit log and the unit's own
 * timestamps carry the moment it ran). All or nothing, in one transaction.
 */
export function generateDemo(store: Store, options: DemoOptions): DemoSummary {
  validate(options);
  const { seed, until, userName } = options;
  const calendar = new DemoCalendar(until);
  const total = options.dossiers ?? defaultDossierCount(calendar);
  const random = (stream: string) => createRandom(seed, stream);

  return store.sqlite
    .transaction((): DemoSummary => {
      refuseNonEmpty(store.sqlite);
      const before = rowCounts(store.sqlite);
      const existing = getUnit(store.db);
      const roster = planRoster(random("roster"), calendar, knownNames(existing));
      const unit = existing ? withSigners(store, existing, roster, userName) : createUnit(store, roster, userName);
      const batchId = freeBatchId(store.sqlite, `demo-${seed}-${until}`);
      store.db
        .insert(importBatches)
        .values({
          id: batchId,
          kind: "demo",
          fileName: `Dữ liệu mẫu (cchc demo, seed ${seed}, đến ${until})`,
          importedBy: userName,
          // The moment the demo's data stands at, not the clock: the same options give the same rows.
          importedAt: `${until} 17:00:00`,
          inserted: total,
        })
        .run();
      const ctx: DemoContext = {
        store,
        db: store.db,
        until,
        calendar,
        place: placeOf(unit, loadProfiles().get(unit.profileId)),
        departments: new Map(unit.departments.map((d) => [d.code, d.name])),
        batchId,
        userName,
        numbers: new DocumentNumbers(),
        random,
      };
      insertProcedures(ctx);
      const results = insertDossiers(ctx, roster, total);
      insertSatisfaction(ctx, results);
      insertPakn(ctx);
      insertDocuments(ctx);
      insertStaff(ctx, roster);
      insertQuotas(ctx);
      insertPlanTasks(ctx);
      insertAssignedTasks(ctx);
      insertReceptions(ctx, roster);
      insertLegalReviews(ctx);
      insertFinanceFigures(ctx);
      insertCommunication(ctx);
      insertInspections(ctx);
      insertManualFigures(ctx, unit.profileId);
      insertOutlineWork(ctx, unit);
      recordAudit(store.db, { userName, action: "nhap", entity: "import_batches", entityId: batchId, newValue: { kind: "demo", seed, until, dossiers: total } });

      const counts: Record<string, number> = {};
      for (const [table, n] of rowCounts(store.sqlite)) {
        const added = n - (before.get(table) ?? 0);
        if (added > 0) counts[table] = added;
      }
      return { unitName: unit.name, from: DEMO_START, until, counts };
    })
    .immediate();
}
