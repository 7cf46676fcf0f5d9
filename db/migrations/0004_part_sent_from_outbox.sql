ALTER TABLE `report_assignments` DROP COLUMN `status`;--> statement-breakpoint
ALTER TABLE `report_assignments` DROP COLUMN `sent_at`;