CREATE TABLE `assigned_tasks` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`title` text NOT NULL,
	`source_document` text,
	`assigned_by` text,
	`assigned_date` text NOT NULL,
	`deadline` text NOT NULL,
	`completed_date` text,
	`department_code` text,
	`note` text,
	`batch_id` text,
	FOREIGN KEY (`department_code`) REFERENCES `departments`(`code`) ON UPDATE cascade ON DELETE no action,
	FOREIGN KEY (`batch_id`) REFERENCES `import_batches`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE TABLE `audit_log` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`at` text DEFAULT (strftime('%Y-%m-%d %H:%M:%S','now','+7 hours')) NOT NULL,
	`user_name` text,
	`action` text NOT NULL,
	`entity` text NOT NULL,
	`entity_id` text,
	`old_value` text,
	`new_value` text
);
--> statement-breakpoint
CREATE INDEX `audit_log_at` ON `audit_log` (`at`);--> statement-breakpoint
CREATE INDEX `audit_log_entity` ON `audit_log` (`entity`,`entity_id`);--> statement-breakpoint
CREATE TABLE `communication_items` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`date` text NOT NULL,
	`kind` text NOT NULL,
	`title` text NOT NULL,
	`channel` text,
	`department_code` text,
	`quantity` integer DEFAULT 1 NOT NULL,
	FOREIGN KEY (`department_code`) REFERENCES `departments`(`code`) ON UPDATE cascade ON DELETE no action
);
--> statement-breakpoint
CREATE TABLE `complaints` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`received_date` text NOT NULL,
	`kind` text NOT NULL,
	`sender_name` text,
	`sender_address` text,
	`content` text,
	`within_competence` integer NOT NULL,
	`resolved_date` text,
	`result` text,
	`reception_id` integer,
	`batch_id` text,
	FOREIGN KEY (`reception_id`) REFERENCES `receptions`(`id`) ON UPDATE no action ON DELETE set null,
	FOREIGN KEY (`batch_id`) REFERENCES `import_batches`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `complaints_received` ON `complaints` (`received_date`);--> statement-breakpoint
CREATE TABLE `departments` (
	`code` text PRIMARY KEY NOT NULL,
	`name` text NOT NULL,
	`head_name` text,
	`head_title` text,
	`sort_order` integer DEFAULT 0 NOT NULL,
	`active` integer DEFAULT true NOT NULL
);
--> statement-breakpoint
CREATE TABLE `discipline_records` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`staff_id` integer NOT NULL,
	`form` text NOT NULL,
	`decision_number` text,
	`decision_date` text NOT NULL,
	`reason` text,
	FOREIGN KEY (`staff_id`) REFERENCES `staff`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE TABLE `documents` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`number_symbol` text NOT NULL,
	`date` text NOT NULL,
	`kind` text NOT NULL,
	`issuer` text,
	`summary` text NOT NULL,
	`direction` text DEFAULT 'di' NOT NULL,
	`is_legal_normative` integer DEFAULT false NOT NULL,
	`electronic` integer,
	`digitally_signed` integer,
	`department_code` text,
	`file_path` text,
	`batch_id` text,
	FOREIGN KEY (`department_code`) REFERENCES `departments`(`code`) ON UPDATE cascade ON DELETE no action,
	FOREIGN KEY (`batch_id`) REFERENCES `import_batches`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `documents_date` ON `documents` (`date`);--> statement-breakpoint
CREATE TABLE `dossier_revisions` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`batch_id` text NOT NULL,
	`dossier_code` text NOT NULL,
	`before` text,
	FOREIGN KEY (`batch_id`) REFERENCES `import_batches`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `dossier_revisions_batch` ON `dossier_revisions` (`batch_id`);--> statement-breakpoint
CREATE TABLE `dossiers` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`code` text NOT NULL,
	`procedure_code` text,
	`procedure_name` text,
	`field` text,
	`applicant_name` text,
	`applicant_address` text,
	`received_at` text NOT NULL,
	`received_precision` text NOT NULL,
	`due_at` text,
	`due_precision` text,
	`result_at` text,
	`result_precision` text,
	`returned_at` text,
	`returned_precision` text,
	`status` text NOT NULL,
	`status_raw` text,
	`channel` text,
	`channel_raw` text,
	`handling_unit` text,
	`receiving_officer` text,
	`digitised` integer,
	`electronic_result` integer,
	`has_payment` integer,
	`paid_online` integer,
	`on_province_system` integer,
	`synced_national_portal` integer,
	`reused_data` integer,
	`batch_id` text,
	`updated_batch_id` text,
	FOREIGN KEY (`batch_id`) REFERENCES `import_batches`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`updated_batch_id`) REFERENCES `import_batches`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `dossiers_code` ON `dossiers` (`code`);--> statement-breakpoint
CREATE INDEX `dossiers_received` ON `dossiers` (`received_at`);--> statement-breakpoint
CREATE INDEX `dossiers_result` ON `dossiers` (`result_at`);--> statement-breakpoint
CREATE INDEX `dossiers_field` ON `dossiers` (`field`);--> statement-breakpoint
CREATE TABLE `evidence_links` (
	`document_id` integer NOT NULL,
	`outline_id` text NOT NULL,
	`item_key` text NOT NULL,
	`linked_by` text,
	`linked_at` text DEFAULT (strftime('%Y-%m-%d %H:%M:%S','now','+7 hours')) NOT NULL,
	PRIMARY KEY(`document_id`, `outline_id`, `item_key`),
	FOREIGN KEY (`document_id`) REFERENCES `documents`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE TABLE `finance_figures` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`year` integer NOT NULL,
	`as_of` text NOT NULL,
	`code` text NOT NULL,
	`value` real NOT NULL,
	`note` text,
	`entered_by` text,
	`entered_at` text DEFAULT (strftime('%Y-%m-%d %H:%M:%S','now','+7 hours')) NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX `finance_figures_code` ON `finance_figures` (`year`,`as_of`,`code`);--> statement-breakpoint
CREATE TABLE `import_batches` (
	`id` text PRIMARY KEY NOT NULL,
	`kind` text NOT NULL,
	`file_name` text NOT NULL,
	`file_sha256` text,
	`sheet_name` text,
	`header_row` integer,
	`mapping` text,
	`imported_by` text,
	`imported_at` text DEFAULT (strftime('%Y-%m-%d %H:%M:%S','now','+7 hours')) NOT NULL,
	`inserted` integer DEFAULT 0 NOT NULL,
	`updated` integer DEFAULT 0 NOT NULL,
	`unchanged` integer DEFAULT 0 NOT NULL,
	`rejected` integer DEFAULT 0 NOT NULL,
	`undone_at` text,
	`undone_by` text
);
--> statement-breakpoint
CREATE TABLE `indicator_values` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`code` text NOT NULL,
	`period_from` text NOT NULL,
	`period_to` text NOT NULL,
	`kind` text NOT NULL,
	`value` real,
	`computed_value` real,
	`reason` text,
	`source` text,
	`entered_by` text NOT NULL,
	`entered_at` text DEFAULT (strftime('%Y-%m-%d %H:%M:%S','now','+7 hours')) NOT NULL,
	`superseded_at` text
);
--> statement-breakpoint
CREATE INDEX `indicator_values_lookup` ON `indicator_values` (`period_from`,`period_to`,`code`);--> statement-breakpoint
CREATE TABLE `inspections` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`date` text NOT NULL,
	`inspected_unit` text NOT NULL,
	`subject` text,
	`issues_found` integer DEFAULT 0 NOT NULL,
	`issues_fixed` integer DEFAULT 0 NOT NULL,
	`conclusion_document` text,
	`note` text
);
--> statement-breakpoint
CREATE TABLE `legal_reviews` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`kind` text NOT NULL,
	`review_date` text NOT NULL,
	`document_ref` text NOT NULL,
	`needs_handling` integer NOT NULL,
	`handled_date` text,
	`note` text
);
--> statement-breakpoint
CREATE TABLE `narrative_texts` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`outline_id` text NOT NULL,
	`item_key` text NOT NULL,
	`department_code` text,
	`period_from` text NOT NULL,
	`period_to` text NOT NULL,
	`body` text NOT NULL,
	`author` text NOT NULL,
	`source` text,
	`created_at` text DEFAULT (strftime('%Y-%m-%d %H:%M:%S','now','+7 hours')) NOT NULL
);
--> statement-breakpoint
CREATE INDEX `narrative_texts_lookup` ON `narrative_texts` (`outline_id`,`period_from`,`period_to`,`item_key`);--> statement-breakpoint
CREATE TABLE `outbox_entries` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`file_path` text NOT NULL,
	`kind` text NOT NULL,
	`period_from` text,
	`period_to` text,
	`sha256` text NOT NULL,
	`size_bytes` integer NOT NULL,
	`created_by` text,
	`created_at` text DEFAULT (strftime('%Y-%m-%d %H:%M:%S','now','+7 hours')) NOT NULL,
	`state` text DEFAULT 'cho_gui' NOT NULL,
	`sent_at` text,
	`sent_by` text,
	`sent_via` text,
	`note` text
);
--> statement-breakpoint
CREATE TABLE `package_events` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`assignment_id` integer,
	`direction` text NOT NULL,
	`file_name` text NOT NULL,
	`file_sha256` text NOT NULL,
	`sender` text,
	`summary` text,
	`at` text DEFAULT (strftime('%Y-%m-%d %H:%M:%S','now','+7 hours')) NOT NULL,
	FOREIGN KEY (`assignment_id`) REFERENCES `report_assignments`(`id`) ON UPDATE no action ON DELETE set null
);
--> statement-breakpoint
CREATE TABLE `pakn` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`code` text,
	`received_date` text NOT NULL,
	`due_date` text,
	`resolved_date` text,
	`procedure_name` text,
	`field` text,
	`content` text,
	`sender_name` text,
	`channel` text,
	`result` text,
	`batch_id` text,
	FOREIGN KEY (`batch_id`) REFERENCES `import_batches`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE TABLE `plan_tasks` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`year` integer NOT NULL,
	`area` text,
	`title` text NOT NULL,
	`lead_unit` text,
	`coordinating_units` text,
	`product` text,
	`deadline_text` text,
	`deadline` text,
	`status` text NOT NULL,
	`completed_date` text,
	`note` text,
	`batch_id` text,
	FOREIGN KEY (`batch_id`) REFERENCES `import_batches`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `plan_tasks_year` ON `plan_tasks` (`year`);--> statement-breakpoint
CREATE TABLE `procedures` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`code` text NOT NULL,
	`name` text NOT NULL,
	`field` text,
	`at_centre` integer,
	`online_eligible` integer,
	`online_full` integer,
	`location_independent` integer,
	`active` integer DEFAULT true NOT NULL,
	`note` text,
	`batch_id` text,
	FOREIGN KEY (`batch_id`) REFERENCES `import_batches`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `procedures_code` ON `procedures` (`code`);--> statement-breakpoint
CREATE TABLE `quotas` (
	`year` integer PRIMARY KEY NOT NULL,
	`quota` integer NOT NULL,
	`decision` text,
	`note` text
);
--> statement-breakpoint
CREATE TABLE `receptions` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`date` text NOT NULL,
	`session_kind` text NOT NULL,
	`host` text,
	`citizen_name` text,
	`citizen_address` text,
	`citizen_id_number` text,
	`people_count` integer DEFAULT 1 NOT NULL,
	`content` text,
	`classification` text,
	`handling` text,
	`result` text,
	`batch_id` text,
	FOREIGN KEY (`batch_id`) REFERENCES `import_batches`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `receptions_date` ON `receptions` (`date`);--> statement-breakpoint
CREATE TABLE `report_assignments` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`outline_id` text NOT NULL,
	`period_from` text NOT NULL,
	`period_to` text NOT NULL,
	`department_code` text NOT NULL,
	`deadline` text,
	`status` text DEFAULT 'chua_gui' NOT NULL,
	`sent_at` text,
	`received_at` text,
	`note` text,
	FOREIGN KEY (`department_code`) REFERENCES `departments`(`code`) ON UPDATE cascade ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `report_assignments_dept` ON `report_assignments` (`outline_id`,`period_from`,`period_to`,`department_code`);--> statement-breakpoint
CREATE TABLE `satisfaction_ratings` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`period_from` text NOT NULL,
	`period_to` text NOT NULL,
	`field` text,
	`rated` integer NOT NULL,
	`satisfied` integer NOT NULL,
	`source` text,
	`entered_by` text,
	`entered_at` text DEFAULT (strftime('%Y-%m-%d %H:%M:%S','now','+7 hours')) NOT NULL,
	`batch_id` text,
	FOREIGN KEY (`batch_id`) REFERENCES `import_batches`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE TABLE `saved_mappings` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`kind` text NOT NULL,
	`header_signature` text NOT NULL,
	`columns` text NOT NULL,
	`values` text,
	`created_by` text,
	`created_at` text DEFAULT (strftime('%Y-%m-%d %H:%M:%S','now','+7 hours')) NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX `saved_mappings_shape` ON `saved_mappings` (`kind`,`header_signature`);--> statement-breakpoint
CREATE TABLE `settings` (
	`key` text PRIMARY KEY NOT NULL,
	`value` text NOT NULL,
	`updated_at` text
);
--> statement-breakpoint
CREATE TABLE `signers` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`name` text NOT NULL,
	`position` text NOT NULL,
	`sign_mode` text NOT NULL,
	`is_default` integer DEFAULT false NOT NULL
);
--> statement-breakpoint
CREATE TABLE `staff` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`full_name` text NOT NULL,
	`birth_date` text,
	`gender` text,
	`department_code` text,
	`position` text,
	`rank` text,
	`category` text DEFAULT 'cong_chuc' NOT NULL,
	`education` text,
	`political_theory` text,
	`state_management` text,
	`start_date` text,
	`batch_id` text,
	FOREIGN KEY (`department_code`) REFERENCES `departments`(`code`) ON UPDATE cascade ON DELETE no action,
	FOREIGN KEY (`batch_id`) REFERENCES `import_batches`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE TABLE `staff_statuses` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`staff_id` integer NOT NULL,
	`status` text NOT NULL,
	`from_date` text NOT NULL,
	`note` text,
	FOREIGN KEY (`staff_id`) REFERENCES `staff`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `staff_statuses_staff` ON `staff_statuses` (`staff_id`,`from_date`);--> statement-breakpoint
CREATE TABLE `unit` (
	`id` integer PRIMARY KEY NOT NULL,
	`name` text NOT NULL,
	`kind` text NOT NULL,
	`province_name` text,
	`place_name` text,
	`profile_id` text NOT NULL,
	`address` text,
	`created_at` text DEFAULT (strftime('%Y-%m-%d %H:%M:%S','now','+7 hours')) NOT NULL,
	`updated_at` text,
	CONSTRAINT "unit_single_row" CHECK("unit"."id" = 1)
);
