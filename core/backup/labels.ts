/** Why a backup was taken, as the backup list says it; no Node imports, so the screen uses it too. */
export const BACKUP_REASONS = {
  "hang-ngay": "sao lưu hằng ngày",
  "truoc-nhap": "trước khi nhập dữ liệu",
  "truoc-gop": "trước khi nhận gói phòng ban",
  "truoc-khoi-phuc": "trước khi khôi phục (để hoàn tác)",
  tay: "sao lưu do người dùng yêu cầu",
} as const;

export type BackupReason = keyof typeof BACKUP_REASONS;

export const BACKUP_REASON_KEYS = Object.keys(BACKUP_REASONS) as [BackupReason, ...BackupReason[]];
