/** The store itself: whether it waits for its passphrase, opening it, and setting the passphrase. */
import { z } from "zod";

const state = z.object({
  /** Protected with a passphrase and not yet opened: every other call is refused until it is. */
  locked: z.boolean(),
  protected: z.boolean(),
});

export const storeApi = {
  "store.status": { input: z.object({}).strict(), output: state },
  "store.unlock": { input: z.object({ passphrase: z.string().min(1).max(500) }).strict(), output: state },
  "store.setPassphrase": {
    input: z.object({ current: z.string().max(500).nullable(), next: z.string().max(500).nullable() }).strict(),
    output: z.object({
      protected: z.boolean(),
      backupsUpdated: z.number().int(),
      backupsLeft: z.array(z.string()),
      /** Half-written or plain-text copies no passphrase could be put on, deleted so that nothing stays readable. */
      copiesRemoved: z.array(z.string()),
    }),
  },
} as const;
