/**
 * Whether a package file has gone to its department is read from one place,
 * the outbox entry keeping the file (matched by its checksum), so Phòng ban
 * and Hộp thư đi cannot disagree: sent once marked sent there, or once the
 * department's answer to it has come back. A file made without an outbox
 * entry (a caller that keeps the bytes itself) counts as handed over when made.
 */

/** Outbox entry `o` keeps a package its department has answered: a reply to the same part came in after it was made. */
const answered = (o: string) => `(${o}.kind = 'goi_phong_ban' AND EXISTS (
  SELECT 1 FROM package_events made JOIN package_events reply ON reply.assignment_id = made.assignment_id AND reply.direction = 'nhan' AND reply.id > made.id
   WHERE made.direction = 'gui' AND made.file_sha256 = ${o}.sha256))`;

/** The state of outbox entry `o` ('cho_gui' | 'da_gui'). */
export const outboxStateSql = (o: string) => `CASE WHEN ${o}.state = 'da_gui' OR ${answered(o)} THEN 'da_gui' ELSE 'cho_gui' END`;

/** For each report assignment, its latest package file: `sending` ('cho_gui' | 'da_gui') and `sent_at`. */
export const LATEST_SENDING_SQL = `SELECT made.assignment_id,
    CASE WHEN o.id IS NULL THEN 'da_gui' ELSE ${outboxStateSql("o")} END AS sending,
    CASE WHEN o.id IS NULL THEN made.at ELSE o.sent_at END AS sent_at
  FROM package_events made
  LEFT JOIN outbox_entries o ON o.id = (SELECT max(id) FROM outbox_entries WHERE kind = 'goi_phong_ban' AND sha256 = made.file_sha256)
  WHERE made.direction = 'gui' AND made.id = (SELECT max(id) FROM package_events WHERE assignment_id = made.assignment_id AND direction = 'gui')`;
