import path from "node:path";
import { backupFolder, listBackups } from "../../core/backup/folder";
import { BACKUP_REASONS } from "../../core/backup/labels";
import { setStorePassphrase } from "../../core/backup/passphrase";
import { restoreStore } from "../../core/backup/restore";
import { takeBackup } from "../../core/backup/take";
import { formatDateVi } from "../../shared/dates";
import { AppError } from "../../shared/errors";
import { formatMegabytes } from "../../core/file-size";
import { formatNumber } from "../../core/number-format";
import { resolveStorePath } from "../../core/paths";
import { rejectUnknown, stringOption, type ParsedArgs } from "../args";
import { passphraseFromEnv, wantsJson, type CliIO } from "../io";
import { withContext } from "../open-store";

const shownAt = (takenAt: string) => `${takenAt.slice(11, 16)} ${formatDateVi(takenAt.slice(0, 10))}`;

/**
 * `cchc backup [--out F] [--db F]`: a copy of the whole store taken while it is
 * in use (into F, else the backup folder); `cchc backup --list` lists the
 * automatic backups.
 */
export async function runBackup(args: ParsedArgs, io: CliIO): Promise<number> {
  rejectUnknown(args, ["db", "user", "json", "out", "list"]);
  const out = stringOption(args, "out");
  return withContext(
    args,
    async (ctx) => {
      if (args.options.get("list") === true) {
        const folder = backupFolder(ctx);
        const backups = listBackups(folder);
        if (wantsJson(args)) io.out(JSON.stringify({ folder, backups }));
        else {
          io.out(backups.length ? `Các bản sao lưu trong "${folder}":` : `Chưa có bản sao lưu nào trong "${folder}".`);
          for (const b of backups) io.out(`- ${shownAt(b.takenAt)} · ${BACKUP_REASONS[b.reason]} · ${path.basename(b.file)}`);
        }
        return 0;
      }
      const taken = await takeBackup(ctx, "tay", out);
      if (wantsJson(args)) io.out(JSON.stringify(taken));
      else io.out(`Đã sao lưu dữ liệu (${formatMegabytes(taken.bytes)}) vào "${taken.file}".`);
      if (taken.filesMissing > 0)
        io.err(
          `${formatNumber(taken.filesMissing, 0)} tệp đính kèm không có trong thư mục tệp đính kèm của dữ liệu nên bản sao lưu không chứa được: hãy đính kèm lại các tệp đó, hoặc khôi phục từ một bản sao lưu cũ hơn.`,
        );
      return 0;
    },
    { mustExist: true },
  );
}

/**
 * `cchc restore F [--db F]`: puts a backup back after checking it; the store
 * as it was is kept as a backup to undo the restore with.
 */
export async function runRestore(args: ParsedArgs, io: CliIO): Promise<number> {
  rejectUnknown(args, ["db", "user", "json"]);
  const file = args.positionals[0];
  if (!file) throw new AppError("usage", "Hãy cho biết bản sao lưu cần khôi phục: cchc restore cchc-20251008-093000-truoc-nhap.sqlite --db F");
  const storePath = resolveStorePath(stringOption(args, "db"));
  const result = await restoreStore({ storePath, userName: stringOption(args, "user"), passphrase: passphraseFromEnv() }, path.resolve(file));
  if (wantsJson(args)) io.out(JSON.stringify({ db: storePath, restoredFrom: path.resolve(file), ...result }));
  else {
    io.out(`Đã khôi phục dữ liệu từ "${path.resolve(file)}" vào "${storePath}".`);
    if (result.undo) io.out(`Dữ liệu trước khi khôi phục được giữ ở "${result.undo}": khôi phục tệp đó để hoàn tác.`);
    if (result.movedAside) io.out(`Tệp dữ liệu cũ không mở được đã được đổi tên thành "${result.movedAside}" (không xóa).`);
  }
  return 0;
}

/**
 * `cchc passphrase [--remove] [--db F]`: protects the store and its backups
 * with the passphrase in CCHC_MAT_KHAU_MOI, changes it, or removes it; the
 * current one, if any, in CCHC_MAT_KHAU.
 */
export async function runPassphrase(args: ParsedArgs, io: CliIO): Promise<number> {
  rejectUnknown(args, ["db", "user", "json", "remove"]);
  const remove = args.options.get("remove") === true;
  const next = remove ? null : passphraseFromEnv("CCHC_MAT_KHAU_MOI");
  if (!remove && !next)
    throw new AppError(
      "usage",
      "Đặt mật khẩu mới vào biến môi trường CCHC_MAT_KHAU_MOI (mật khẩu hiện tại, nếu có, vào CCHC_MAT_KHAU) rồi chạy lại: cchc passphrase --db F; bỏ mật khẩu: cchc passphrase --remove.",
    );
  return withContext(
    args,
    (ctx) => {
      const change = setStorePassphrase(ctx, passphraseFromEnv(), next);
      if (wantsJson(args)) io.out(JSON.stringify({ db: ctx.store.path, ...change }));
      else {
        io.out(
          change.protected
            ? `Dữ liệu "${ctx.store.path}" đã được bảo vệ bằng mật khẩu; ${change.backupsUpdated} bản sao lưu được bảo vệ cùng mật khẩu.`
            : `Đã bỏ mật khẩu của dữ liệu "${ctx.store.path}" và ${change.backupsUpdated} bản sao lưu.`,
        );
        for (const left of change.backupsLeft) io.err(`Bản sao lưu "${left}" giữ nguyên (mật khẩu cũ hơn hoặc tệp không đọc được).`);
        for (const removed of change.copiesRemoved) io.out(`Đã xóa "${removed}": bản sao dở dang hoặc hỏng của dữ liệu, không đặt được mật khẩu nên không để lại.`);
      }
      return change.backupsLeft.length > 0 ? 1 : 0;
    },
    { mustExist: true },
  );
}
