CREATE TABLE `attachment_files` (
	`sha256` text PRIMARY KEY NOT NULL,
	`size_bytes` integer NOT NULL,
	`stored_name` text NOT NULL,
	`sealed` blob,
	`created_at` text DEFAULT (strftime('%Y-%m-%d %H:%M:%S','now','+7 hours')) NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX `attachment_files_stored_name_unique` ON `attachment_files` (`stored_name`);--> statement-breakpoint
CREATE TABLE `attachment_key` (
	`id` integer PRIMARY KEY NOT NULL,
	`key` blob NOT NULL,
	CONSTRAINT "attachment_key_single_row" CHECK("attachment_key"."id" = 1)
);
--> statement-breakpoint
CREATE TABLE `document_attachments` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`document_id` integer NOT NULL,
	`sha256` text NOT NULL,
	`file_name` text NOT NULL,
	`added_by` text,
	`added_at` text DEFAULT (strftime('%Y-%m-%d %H:%M:%S','now','+7 hours')) NOT NULL,
	FOREIGN KEY (`document_id`) REFERENCES `documents`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`sha256`) REFERENCES `attachment_files`(`sha256`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `document_attachments_once` ON `document_attachments` (`document_id`,`sha256`);--> statement-breakpoint
CREATE INDEX `document_attachments_sha256` ON `document_attachments` (`sha256`);--> statement-breakpoint
CREATE TRIGGER `attachment_files_unused` AFTER DELETE ON `document_attachments`
WHEN NOT EXISTS (SELECT 1 FROM `document_attachments` WHERE `sha256` = OLD.`sha256`)
BEGIN
  DELETE FROM `attachment_files` WHERE `sha256` = OLD.`sha256`;
END;
