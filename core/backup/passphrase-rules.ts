/** What a passphrase must be; no Node imports, so the settings screen checks the same rule. */
export const MIN_PASSPHRASE_LENGTH = 8;
