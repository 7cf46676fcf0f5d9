import { asc, desc } from "drizzle-orm";
import type { z } from "zod";
import type { Db } from "../db/store";
import type { AppContext } from "./context";
import { departments, signers, unit } from "../db/schema";
import { recordAudit } from "./audit";
import { localNow } from "../shared/dates";
import { defaultDepartments } from "./default-departments";
import { placeNameOf } from "./unit-name";
import type { unitDetailsSchema, unitSchema, departmentSchema, signerSchema } from "./schemas/unit";

export { defaultDepartments, UNIT_KIND_LABELS, type UnitKind } from "./default-departments";
export { kindOfUnitName, placeNameOf } from "./unit-name";

export type UnitInput = z.output<typeof unitSchema>;
export type Department = z.output<typeof departmentSchema>;
export type Signer = z.output<typeof signerSchema>;
export type UnitDetails = z.output<typeof unitDetailsSchema>;

export function getUnit(db: Db): UnitDetails | null {
  const u = db.select().from(unit).get();
  if (!u) return null;
  return {
    name: u.name,
    kind: u.kind,
    provinceName: u.provinceName,
    placeName: u.placeName,
    profileId: u.profileId,
    address: u.address,
    preparerName: u.preparerName,
    departments: db
      .select({ code: departments.code, name: departments.name, headName: departments.headName, headTitle: departments.headTitle, sortOrder: departments.sortOrder })
      .from(departments)
      .orderBy(asc(departments.sortOrder))
      .all(),
    signers: db
      .select({ name: signers.name, position: signers.position, signMode: signers.signMode, isDefault: signers.isDefault })
      .from(signers)
      .orderBy(desc(signers.isDefault), asc(signers.id))
      .all(),
  };
}

/**
 * Saves the unit's identity, and its departments and signers when given
 * (replacing the lists). A first save without departments creates the five
 * standard ones. One transaction, audited.
 */
export function saveUnit(db: Db, input: UnitInput & { departments?: Department[]; signers?: Signer[] }, userName: string): UnitDetails {
  return db.transaction((tx) => {
    const before = getUnit(tx as unknown as Db);
    const row = {
      id: 1,
      name: input.name,
      kind: input.kind,
      provinceName: input.provinceName,
      placeName: input.placeName ?? placeNameOf(input.name),
      profileId: input.profileId,
      address: input.address,
      preparerName: input.preparerName === undefined ? (before?.preparerName ?? null) : input.preparerName || null,
      updatedAt: localNow(),
    };
    tx.insert(unit).values(row).onConflictDoUpdate({ target: unit.id, set: row }).run();
    const depts = input.departments ?? (before ? null : defaultDepartments(input.kind));
    if (depts) {
      for (const d of depts) {
        tx.insert(departments).values(d).onConflictDoUpdate({ target: departments.code, set: d }).run();
      }
    }
    if (input.signers) {
      tx.delete(signers).run();
      for (const s of input.signers) tx.insert(signers).values(s).run();
    }
    const after = getUnit(tx as unknown as Db)!;
    recordAudit(tx as unknown as Db, { userName, action: before ? "sua" : "tao", entity: "unit", entityId: 1, oldValue: before, newValue: after });
    return after;
  });
}

/** The department that compiles the reports and sends the others their parts. */
const SENDING_DEPARTMENT = "VHXH";

/**
 * Who gives a department its part, as the package and the form name them:
 * the unit's report preparer (Cài đặt), else the person working in the app,
 * else the name given with --user or CCHC_USER, else the sending department –
 * never the computer's login, which names no one a department knows.
 */
export function giverName(ctx: AppContext): string {
  const unit = getUnit(ctx.store.db);
  return (
    unit?.preparerName ??
    ctx.person ??
    ctx.givenUserName ??
    unit?.departments.find((d) => d.code === SENDING_DEPARTMENT)?.name ??
    defaultDepartments("xa").find((d) => d.code === SENDING_DEPARTMENT)!.name
  );
}
