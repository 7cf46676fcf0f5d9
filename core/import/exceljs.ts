/**
 * exceljs, loaded so that its streaming reader decodes UTF-8 correctly.
 *
 * exceljs' streaming parser turns each zip chunk into text with one shared
 * TextDecoder and no `stream: true`, so a Vietnamese letter whose bytes fall
 * across two chunks becomes "�" (about 1 row in 10,000 of a large export).
 * The decoder is created when exceljs loads, from the global TextDecoder:
 * during that load the global is a decoder that always streams. Every import
 * of exceljs in the app goes through this module (a test checks it).
 */
import { TextDecoder as NodeTextDecoder } from "node:util";
import type ExcelJSModule from "exceljs";

type DecodeInput = Parameters<NodeTextDecoder["decode"]>[0];

class StreamingUtf8Decoder extends NodeTextDecoder {
  override decode(input?: DecodeInput, options?: { stream?: boolean }): string {
    return super.decode(input, { ...options, stream: true });
  }
}

const original = globalThis.TextDecoder;
globalThis.TextDecoder = StreamingUtf8Decoder as unknown as typeof globalThis.TextDecoder;
let loaded: typeof ExcelJSModule;
try {
  // A dynamic import, so that exceljs is evaluated now, here and in the desktop bundle alike.
  loaded = (await import("exceljs")).default;
} finally {
  globalThis.TextDecoder = original;
}

const ExcelJS = loaded;
export default ExcelJS;
