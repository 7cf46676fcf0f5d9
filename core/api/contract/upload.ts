import { z } from "zod";
import { UPLOAD_BASE64_CHARS, UPLOAD_TOO_LARGE_MESSAGE } from "../../file-size";

/** A file the user picked, its bytes as base64 (the renderer reads it); over the upload limit it is refused with the file-size message. */
export const uploadedFileBase64 = z.string().max(UPLOAD_BASE64_CHARS, { error: UPLOAD_TOO_LARGE_MESSAGE });
