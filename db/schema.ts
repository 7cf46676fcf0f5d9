import { sql } from "drizzle-orm";
import { sqliteTable, text, integer, real, blob, primaryKey, index, uniqueIndex, check } from "drizzle-orm/sqlite-core";

/*
 * Conventions for every table:
 * - calendar dates are TEXT 'YYYY-MM-DD', wall-clock moments in Asia/Ho_Chi_Minh
 *   are TEXT 'YYYY-MM-DD HH:mm:ss' (never UTC instants: the rules compare
 *   calendar dates in Vietnam);
 * - a date taken from an import keeps its precision in a sibling column
 *   ('date' or 'datetime'), because the late/on-time rule depends on it;
 * - booleans are INTEGER 0/1, NULL where the source did not say;
 * - "…_by" columns hold the user name set in the app, "…_at" the local moment.
 */

const localNow = (name: string) =>
  text(name)
    .notNull()
    .default(sql`(strftime('%Y-%m-%d %H:%M:%S','now','+7 hours'))`);
const flag = (name: string) => integer(name, { mode: "boolean" });
const precision = (name: string) => text(name, { enum: ["date", "datetime"] });

export const unit = sqliteTable(
  "unit",
  {
    id: integer("id").primaryKey(),
    name: text("name").notNull(),
    kind: text("kind", { enum: ["xa", "phuong", "dac_khu"] }).notNull(),
    provinceName: text("province_name"),
    placeName: text("place_name"),
    profileId: text("profile_id").notNull(),
    address: text("address"),
    /** The person who prepares the reports (cán bộ phụ trách CCHC): the giver named on department packages. */
    preparerName: text("preparer_name"),
    createdAt: localNow("created_at"),
    updatedAt: text("updated_at"),
  },
  (t) => [check("unit_single_row", sql`${t.id} = 1`)],
);

/** The people who work in the app on this store: the names offered when someone opens it. */
export const people = sqliteTable("people", {
  id: integer("id").primaryKey({ autoIncrement: true }),
  name: text("name").notNull().unique(),
  addedAt: localNow("added_at"),
});

export const departments = sqliteTable("departments", {
  code: text("code").primaryKey(),
  name: text("name").notNull(),
  headName: text("head_name"),
  headTitle: text("head_title"),
  sortOrder: integer("sort_order").notNull().default(0),
  active: flag("active").notNull().default(true),
});

export const signers = sqliteTable("signers", {
  id: integer("id").primaryKey({ autoIncrement: true }),
  name: text("name").notNull(),
  position: text("position", { enum: ["chu_tich", "pho_chu_tich"] }).notNull(),
  signMode: text("sign_mode", { enum: ["TM", "KT"] }).notNull(),
  isDefault: flag("is_default").notNull().default(false),
});

export const settings = sqliteTable("settings", {
  key: text("key").primaryKey(),
  value: text("value", { mode: "json" }).notNull(),
  updatedAt: text("updated_at"),
});

export const importBatches = sqliteTable("import_batches", {
  id: text("id").primaryKey(),
  kind: text("kind").notNull(),
  fileName: text("file_name").notNull(),
  fileSha256: text("file_sha256"),
  sheetName: text("sheet_name"),
  headerRow: integer("header_row"),
  mapping: text("mapping", { mode: "json" }),
  importedBy: text("imported_by"),
  importedAt: localNow("imported_at"),
  inserted: integer("inserted").notNull().default(0),
  updated: integer("updated").notNull().default(0),
  unchanged: integer("unchanged").notNull().default(0),
  rejected: integer("rejected").notNull().default(0),
  undoneAt: text("undone_at"),
  undoneBy: text("undone_by"),
});

export const savedMappings = sqliteTable(
  "saved_mappings",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    kind: text("kind").notNull(),
    headerSignature: text("header_signature").notNull(),
    columns: text("columns", { mode: "json" }).notNull(),
    values: text("values", { mode: "json" }),
    createdBy: text("created_by"),
    createdAt: localNow("created_at"),
  },
  (t) => [uniqueIndex("saved_mappings_shape").on(t.kind, t.headerSignature)],
);

export const procedures = sqliteTable(
  "procedures",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    code: text("code").notNull(),
    name: text("name").notNull(),
    field: text("field"),
    atCentre: flag("at_centre"),
    onlineEligible: flag("online_eligible"),
    onlineFull: flag("online_full"),
    locationIndependent: flag("location_independent"),
    active: flag("active").notNull().default(true),
    note: text("note"),
    batchId: text("batch_id").references(() => importBatches.id),
  },
  (t) => [uniqueIndex("procedures_code").on(t.code)],
);

/**
 * A dossier received more than this many days before a window can be
 * counted in it only if it is still pending or closed more than this many
 * days after it came in: the dossiers_long_open index holds those few, so a
 * window's count reads the dossiers received from this many days before it
 * on, and that index for the older ones.
 */
export const LONG_OPEN_DAYS = 62;

export const DOSSIERS_LONG_OPEN = `status = 'pending' OR result_at > date(received_at, '+${LONG_OPEN_DAYS} days')`;

export const dossiers = sqliteTable(
  "dossiers",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    code: text("code").notNull(),
    procedureCode: text("procedure_code"),
    procedureName: text("procedure_name"),
    field: text("field"),
    applicantName: text("applicant_name"),
    applicantAddress: text("applicant_address"),
    receivedAt: text("received_at").notNull(),
    receivedPrecision: precision("received_precision").notNull(),
    dueAt: text("due_at"),
    duePrecision: precision("due_precision"),
    /** When the dossier was closed: the result date, or the date of the rejection or withdrawal. */
    resultAt: text("result_at"),
    resultPrecision: precision("result_precision"),
    returnedAt: text("returned_at"),
    returnedPrecision: precision("returned_precision"),
    status: text("status", { enum: ["result", "pending", "rejected", "withdrawn"] }).notNull(),
    statusRaw: text("status_raw"),
    channel: text("channel", { enum: ["online", "in_person", "post"] }),
    channelRaw: text("channel_raw"),
    handlingUnit: text("handling_unit"),
    receivingOfficer: text("receiving_officer"),
    digitised: flag("digitised"),
    electronicResult: flag("electronic_result"),
    hasPayment: flag("has_payment"),
    paidOnline: flag("paid_online"),
    onProvinceSystem: flag("on_province_system"),
    syncedNationalPortal: flag("synced_national_portal"),
    reusedData: flag("reused_data"),
    batchId: text("batch_id").references(() => importBatches.id),
    updatedBatchId: text("updated_batch_id").references(() => importBatches.id),
  },
  (t) => [
    uniqueIndex("dossiers_code").on(t.code),
    index("dossiers_received").on(t.receivedAt),
    index("dossiers_result").on(t.resultAt),
    index("dossiers_field").on(t.field),
    // Covers every column the TTHC figures read, so a year of a large store is one index scan.
    index("dossiers_figures").on(
      t.receivedAt,
      t.status,
      t.resultAt,
      t.resultPrecision,
      t.dueAt,
      t.duePrecision,
      t.channel,
      t.hasPayment,
      t.digitised,
      t.electronicResult,
      t.paidOnline,
      t.onProvinceSystem,
      t.syncedNationalPortal,
      t.reusedData,
    ),
    // The dossiers a window's count may reach far back for: still pending, or closed long after they came in.
    // Covering too, like dossiers_figures: the pending ones are read by every window.
    index("dossiers_long_open")
      .on(
        t.receivedAt,
        t.status,
        t.resultAt,
        t.resultPrecision,
        t.dueAt,
        t.duePrecision,
        t.channel,
        t.hasPayment,
        t.digitised,
        t.electronicResult,
        t.paidOnline,
        t.onProvinceSystem,
        t.syncedNationalPortal,
        t.reusedData,
      )
      .where(sql.raw(DOSSIERS_LONG_OPEN)),
  ],
);

/** The state of a dossier before an import changed it, so that the import can be undone. */
export const dossierRevisions = sqliteTable(
  "dossier_revisions",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    batchId: text("batch_id")
      .notNull()
      .references(() => importBatches.id),
    dossierCode: text("dossier_code").notNull(),
    before: text("before", { mode: "json" }),
  },
  (t) => [index("dossier_revisions_batch").on(t.batchId)],
);

export const pakn = sqliteTable("pakn", {
  id: integer("id").primaryKey({ autoIncrement: true }),
  code: text("code"),
  receivedDate: text("received_date").notNull(),
  dueDate: text("due_date"),
  resolvedDate: text("resolved_date"),
  procedureName: text("procedure_name"),
  field: text("field"),
  content: text("content"),
  senderName: text("sender_name"),
  channel: text("channel"),
  result: text("result"),
  batchId: text("batch_id").references(() => importBatches.id),
});

export const satisfactionRatings = sqliteTable("satisfaction_ratings", {
  id: integer("id").primaryKey({ autoIncrement: true }),
  periodFrom: text("period_from").notNull(),
  periodTo: text("period_to").notNull(),
  field: text("field"),
  rated: integer("rated").notNull(),
  satisfied: integer("satisfied").notNull(),
  source: text("source"),
  enteredBy: text("entered_by"),
  enteredAt: localNow("entered_at"),
  batchId: text("batch_id").references(() => importBatches.id),
});

export const receptions = sqliteTable(
  "receptions",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    date: text("date").notNull(),
    sessionKind: text("session_kind", { enum: ["thuong_xuyen", "dinh_ky", "dot_xuat"] }).notNull(),
    host: text("host"),
    citizenName: text("citizen_name"),
    citizenAddress: text("citizen_address"),
    citizenIdNumber: text("citizen_id_number"),
    peopleCount: integer("people_count").notNull().default(1),
    content: text("content"),
    classification: text("classification", { enum: ["khieu_nai", "to_cao", "kien_nghi_phan_anh"] }),
    handling: text("handling", { enum: ["thu_ly", "chuyen_don", "huong_dan", "tra_loi"] }),
    result: text("result"),
    batchId: text("batch_id").references(() => importBatches.id),
  },
  (t) => [index("receptions_date").on(t.date)],
);

export const complaints = sqliteTable(
  "complaints",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    receivedDate: text("received_date").notNull(),
    kind: text("kind", { enum: ["khieu_nai", "to_cao", "kien_nghi", "phan_anh"] }).notNull(),
    senderName: text("sender_name"),
    senderAddress: text("sender_address"),
    content: text("content"),
    withinCompetence: flag("within_competence").notNull(),
    resolvedDate: text("resolved_date"),
    result: text("result"),
    receptionId: integer("reception_id").references(() => receptions.id, { onDelete: "set null" }),
    batchId: text("batch_id").references(() => importBatches.id),
  },
  (t) => [index("complaints_received").on(t.receivedDate)],
);

export const staff = sqliteTable("staff", {
  id: integer("id").primaryKey({ autoIncrement: true }),
  fullName: text("full_name").notNull(),
  birthDate: text("birth_date"),
  gender: text("gender", { enum: ["nam", "nu"] }),
  departmentCode: text("department_code").references(() => departments.code, { onUpdate: "cascade" }),
  position: text("position"),
  rank: text("rank"),
  category: text("category", { enum: ["can_bo", "cong_chuc", "vien_chuc", "hop_dong"] })
    .notNull()
    .default("cong_chuc"),
  education: text("education", { enum: ["tien_si", "thac_si", "dai_hoc", "cao_dang", "trung_cap", "khac"] }),
  politicalTheory: text("political_theory", { enum: ["cao_cap", "cu_nhan", "trung_cap", "so_cap"] }),
  stateManagement: text("state_management"),
  startDate: text("start_date"),
  batchId: text("batch_id").references(() => importBatches.id),
});

export const staffStatuses = sqliteTable(
  "staff_statuses",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    staffId: integer("staff_id")
      .notNull()
      .references(() => staff.id, { onDelete: "cascade" }),
    status: text("status", { enum: ["dang_cong_tac", "nghi_huu", "chuyen_cong_tac", "thoi_viec"] }).notNull(),
    fromDate: text("from_date").notNull(),
    note: text("note"),
  },
  (t) => [index("staff_statuses_staff").on(t.staffId, t.fromDate)],
);

export const quotas = sqliteTable("quotas", {
  year: integer("year").primaryKey(),
  quota: integer("quota").notNull(),
  decision: text("decision"),
  note: text("note"),
});

export const disciplineRecords = sqliteTable("discipline_records", {
  id: integer("id").primaryKey({ autoIncrement: true }),
  staffId: integer("staff_id")
    .notNull()
    .references(() => staff.id, { onDelete: "cascade" }),
  form: text("form", { enum: ["khien_trach", "canh_cao", "giang_chuc", "cach_chuc", "buoc_thoi_viec"] }).notNull(),
  decisionNumber: text("decision_number"),
  decisionDate: text("decision_date").notNull(),
  reason: text("reason"),
});

export const planTasks = sqliteTable(
  "plan_tasks",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    year: integer("year").notNull(),
    area: text("area"),
    title: text("title").notNull(),
    leadUnit: text("lead_unit"),
    coordinatingUnits: text("coordinating_units"),
    product: text("product"),
    deadlineText: text("deadline_text"),
    deadline: text("deadline"),
    status: text("status", { enum: ["chua_thuc_hien", "dang_thuc_hien", "hoan_thanh"] }).notNull(),
    completedDate: text("completed_date"),
    note: text("note"),
    batchId: text("batch_id").references(() => importBatches.id),
  },
  (t) => [index("plan_tasks_year").on(t.year)],
);

export const assignedTasks = sqliteTable("assigned_tasks", {
  id: integer("id").primaryKey({ autoIncrement: true }),
  title: text("title").notNull(),
  sourceDocument: text("source_document"),
  assignedBy: text("assigned_by"),
  assignedDate: text("assigned_date").notNull(),
  deadline: text("deadline").notNull(),
  completedDate: text("completed_date"),
  departmentCode: text("department_code").references(() => departments.code, { onUpdate: "cascade" }),
  note: text("note"),
  batchId: text("batch_id").references(() => importBatches.id),
});

export const documents = sqliteTable(
  "documents",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    numberSymbol: text("number_symbol").notNull(),
    date: text("date").notNull(),
    kind: text("kind").notNull(),
    issuer: text("issuer"),
    summary: text("summary").notNull(),
    direction: text("direction", { enum: ["di", "den"] })
      .notNull()
      .default("di"),
    isLegalNormative: flag("is_legal_normative").notNull().default(false),
    electronic: flag("electronic"),
    digitallySigned: flag("digitally_signed"),
    departmentCode: text("department_code").references(() => departments.code, { onUpdate: "cascade" }),
    filePath: text("file_path"),
    batchId: text("batch_id").references(() => importBatches.id),
  },
  (t) => [index("documents_date").on(t.date)],
);

export const evidenceLinks = sqliteTable(
  "evidence_links",
  {
    documentId: integer("document_id")
      .notNull()
      .references(() => documents.id, { onDelete: "cascade" }),
    outlineId: text("outline_id").notNull(),
    itemKey: text("item_key").notNull(),
    linkedBy: text("linked_by"),
    linkedAt: localNow("linked_at"),
  },
  (t) => [primaryKey({ columns: [t.documentId, t.outlineId, t.itemKey] })],
);

/**
 * Files attached to documents (the signed decision, the scan, the photo).
 * The bytes live outside the store, sealed (see core/attachments/blob-store.ts);
 * a file is kept once per content: `sha256` is of the file as the clerk gave it.
 */
export const attachmentFiles = sqliteTable("attachment_files", {
  sha256: text("sha256").primaryKey(),
  sizeBytes: integer("size_bytes").notNull(),
  /** The sealed file's name in the files folder: keyed by the store's own key, so it tells nothing of the content. */
  storedName: text("stored_name").notNull().unique(),
  /** The sealed bytes, only in a self-contained copy of the store (a whole-data file); NULL in the store itself. */
  sealed: blob("sealed", { mode: "buffer" }),
  createdAt: localNow("created_at"),
});

export const documentAttachments = sqliteTable(
  "document_attachments",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    documentId: integer("document_id")
      .notNull()
      .references(() => documents.id, { onDelete: "cascade" }),
    sha256: text("sha256")
      .notNull()
      .references(() => attachmentFiles.sha256),
    fileName: text("file_name").notNull(),
    addedBy: text("added_by"),
    addedAt: localNow("added_at"),
  },
  (t) => [uniqueIndex("document_attachments_once").on(t.documentId, t.sha256), index("document_attachments_sha256").on(t.sha256)],
);

/** The key that seals attached files: random, made once, readable only as far as the store is (a passphrase covers it). */
export const attachmentKey = sqliteTable(
  "attachment_key",
  {
    id: integer("id").primaryKey(),
    key: blob("key", { mode: "buffer" }).notNull(),
  },
  (t) => [check("attachment_key_single_row", sql`${t.id} = 1`)],
);

export const legalReviews = sqliteTable("legal_reviews", {
  id: integer("id").primaryKey({ autoIncrement: true }),
  kind: text("kind", { enum: ["kiem_tra", "ra_soat"] }).notNull(),
  reviewDate: text("review_date").notNull(),
  documentRef: text("document_ref").notNull(),
  needsHandling: flag("needs_handling").notNull(),
  handledDate: text("handled_date"),
  note: text("note"),
});

export const financeFigures = sqliteTable(
  "finance_figures",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    year: integer("year").notNull(),
    asOf: text("as_of").notNull(),
    code: text("code").notNull(),
    value: real("value").notNull(),
    note: text("note"),
    enteredBy: text("entered_by"),
    enteredAt: localNow("entered_at"),
  },
  (t) => [uniqueIndex("finance_figures_code").on(t.year, t.asOf, t.code)],
);

export const communicationItems = sqliteTable("communication_items", {
  id: integer("id").primaryKey({ autoIncrement: true }),
  date: text("date").notNull(),
  kind: text("kind", { enum: ["tin_bai", "phong_su", "phat_thanh", "hoi_nghi", "pano_khau_hieu", "khac"] }).notNull(),
  title: text("title").notNull(),
  channel: text("channel"),
  departmentCode: text("department_code").references(() => departments.code, { onUpdate: "cascade" }),
  quantity: integer("quantity").notNull().default(1),
});

export const inspections = sqliteTable("inspections", {
  id: integer("id").primaryKey({ autoIncrement: true }),
  date: text("date").notNull(),
  inspectedUnit: text("inspected_unit").notNull(),
  subject: text("subject"),
  issuesFound: integer("issues_found").notNull().default(0),
  issuesFixed: integer("issues_fixed").notNull().default(0),
  conclusionDocument: text("conclusion_document"),
  note: text("note"),
});

/** Manual figures and overrides of computed ones; rows are never updated, a newer row supersedes. */
export const indicatorValues = sqliteTable(
  "indicator_values",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    code: text("code").notNull(),
    periodFrom: text("period_from").notNull(),
    periodTo: text("period_to").notNull(),
    kind: text("kind", { enum: ["manual", "override", "estimate_override"] }).notNull(),
    value: real("value"),
    computedValue: real("computed_value"),
    reason: text("reason"),
    source: text("source"),
    enteredBy: text("entered_by").notNull(),
    enteredAt: localNow("entered_at"),
    supersededAt: text("superseded_at"),
  },
  (t) => [index("indicator_values_lookup").on(t.periodFrom, t.periodTo, t.code)],
);

/** Narrative text per outline item and department; each save is a new row (history). */
export const narrativeTexts = sqliteTable(
  "narrative_texts",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    outlineId: text("outline_id").notNull(),
    itemKey: text("item_key").notNull(),
    departmentCode: text("department_code"),
    periodFrom: text("period_from").notNull(),
    periodTo: text("period_to").notNull(),
    body: text("body").notNull(),
    author: text("author").notNull(),
    source: text("source"),
    createdAt: localNow("created_at"),
  },
  (t) => [index("narrative_texts_lookup").on(t.outlineId, t.periodFrom, t.periodTo, t.itemKey)],
);

export const reportAssignments = sqliteTable(
  "report_assignments",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    outlineId: text("outline_id").notNull(),
    periodFrom: text("period_from").notNull(),
    periodTo: text("period_to").notNull(),
    departmentCode: text("department_code")
      .notNull()
      .references(() => departments.code, { onUpdate: "cascade" }),
    deadline: text("deadline"),
    // Whether a part was sent is its package's outbox entry (core/packages/sending.ts), not a column here.
    receivedAt: text("received_at"),
    note: text("note"),
  },
  (t) => [uniqueIndex("report_assignments_dept").on(t.outlineId, t.periodFrom, t.periodTo, t.departmentCode)],
);

export const packageEvents = sqliteTable("package_events", {
  id: integer("id").primaryKey({ autoIncrement: true }),
  assignmentId: integer("assignment_id").references(() => reportAssignments.id, { onDelete: "set null" }),
  direction: text("direction", { enum: ["gui", "nhan"] }).notNull(),
  fileName: text("file_name").notNull(),
  fileSha256: text("file_sha256").notNull(),
  sender: text("sender"),
  summary: text("summary", { mode: "json" }),
  at: localNow("at"),
});

export const outboxEntries = sqliteTable("outbox_entries", {
  id: integer("id").primaryKey({ autoIncrement: true }),
  filePath: text("file_path").notNull(),
  kind: text("kind").notNull(),
  periodFrom: text("period_from"),
  periodTo: text("period_to"),
  sha256: text("sha256").notNull(),
  sizeBytes: integer("size_bytes").notNull(),
  createdBy: text("created_by"),
  createdAt: localNow("created_at"),
  state: text("state", { enum: ["cho_gui", "da_gui"] })
    .notNull()
    .default("cho_gui"),
  sentAt: text("sent_at"),
  sentBy: text("sent_by"),
  sentVia: text("sent_via"),
  note: text("note"),
});

export const auditLog = sqliteTable(
  "audit_log",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    at: localNow("at"),
    userName: text("user_name"),
    action: text("action").notNull(),
    entity: text("entity").notNull(),
    entityId: text("entity_id"),
    oldValue: text("old_value", { mode: "json" }),
    newValue: text("new_value", { mode: "json" }),
  },
  (t) => [index("audit_log_at").on(t.at), index("audit_log_entity").on(t.entity, t.entityId)],
);
