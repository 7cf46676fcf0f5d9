/** A signer's position and way of signing as the forms and the change log name them; no Node imports, so the screens use the same words. */
export const SIGNER_POSITION_LABELS = { chu_tich: "Chủ tịch", pho_chu_tich: "Phó Chủ tịch" } as const;
export const SIGN_MODE_LABELS = { TM: "TM. (thay mặt)", KT: "KT. (ký thay)" } as const;
