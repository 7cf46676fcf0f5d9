// `node electron/scripts/icons.mjs`: renders electron/resources/icon.svg into the PNGs and the .ico
// that electron-builder.yml points at; the 16 px image comes from icon-16.svg, drawn on that grid.
// Chromium draws the SVG at each size rather than shrinking one large bitmap.
// Needs /usr/bin/chromium (or CHROMIUM_PATH); the output is committed.
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { deflateSync } from "node:zlib";
import { chromium } from "playwright-core";
import { root } from "./native.mjs";

const resources = path.join(root, "electron", "resources");
const LINUX_SIZES = [16, 32, 48, 64, 128, 256, 512];
const ICO_SIZES = [16, 24, 32, 48, 64, 128, 256];

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});
function crc32(bytes) {
  let c = 0xffffffff;
  for (const b of bytes) c = CRC_TABLE[(c ^ b) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function pngChunk(type, data) {
  const body = Buffer.concat([Buffer.from(type, "ascii"), data]);
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([length, body, crc]);
}

/** 8-bit RGBA, no filtering: the sizes are small, so simplicity wins over a few bytes. */
function encodePng(size, rgba) {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0);
  header.writeUInt32BE(size, 4);
  header.set([8, 6, 0, 0, 0], 8);
  const rows = Buffer.alloc(size * (size * 4 + 1));
  for (let y = 0; y < size; y++) rgba.copy(rows, y * (size * 4 + 1) + 1, y * size * 4, (y + 1) * size * 4);
  const signature = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  return Buffer.concat([signature, pngChunk("IHDR", header), pngChunk("IDAT", deflateSync(rows, { level: 9 })), pngChunk("IEND", Buffer.alloc(0))]);
}

/** A 32-bit BI_RGB icon image: BGRA rows bottom-up, then an all-clear AND mask (alpha does the work). */
function encodeIcoBitmap(size, rgba) {
  const info = Buffer.alloc(40);
  info.writeUInt32LE(40, 0);
  info.writeInt32LE(size, 4);
  info.writeInt32LE(size * 2, 8); // colour rows + mask rows
  info.writeUInt16LE(1, 12);
  info.writeUInt16LE(32, 14);
  const pixels = Buffer.alloc(size * size * 4);
  for (let y = 0; y < size; y++) {
    for (let x = 0; x < size; x++) {
      const from = (y * size + x) * 4;
      const to = ((size - 1 - y) * size + x) * 4;
      pixels.set([rgba[from + 2], rgba[from + 1], rgba[from], rgba[from + 3]], to);
    }
  }
  const maskRow = Math.ceil(size / 32) * 4;
  return Buffer.concat([info, pixels, Buffer.alloc(maskRow * size)]);
}

/** Windows shows the 256 px image PNG-compressed and the others as bitmaps, as its own icons do. */
function encodeIco(images) {
  const header = Buffer.alloc(6);
  header.writeUInt16LE(1, 2);
  header.writeUInt16LE(images.length, 4);
  const entries = [];
  const payloads = images.map(({ size, rgba, png }) => (size >= 256 ? png : encodeIcoBitmap(size, rgba)));
  let offset = 6 + 16 * images.length;
  images.forEach(({ size }, i) => {
    const entry = Buffer.alloc(16);
    entry.writeUInt8(size >= 256 ? 0 : size, 0);
    entry.writeUInt8(size >= 256 ? 0 : size, 1);
    entry.writeUInt16LE(1, 4);
    entry.writeUInt16LE(32, 6);
    entry.writeUInt32LE(payloads[i].length, 8);
    entry.writeUInt32LE(offset, 12);
    offset += payloads[i].length;
    entries.push(entry);
  });
  return Buffer.concat([header, ...entries, ...payloads]);
}

const svg = readFileSync(path.join(resources, "icon.svg"), "utf8");
const svg16 = readFileSync(path.join(resources, "icon-16.svg"), "utf8");
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
  args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update"],
});
try {
  const page = await browser.newPage();
  const render = (svg, size) =>
    page.evaluate(
      async ({ svg, size }) => {
        const image = new Image();
        image.src = `data:image/svg+xml;base64,${btoa(unescape(encodeURIComponent(svg)))}`;
        await image.decode();
        const canvas = document.createElement("canvas");
        canvas.width = canvas.height = size;
        const context = canvas.getContext("2d");
        context.drawImage(image, 0, 0, size, size);
        // Unpremultiplied RGBA, as PNG and the icon bitmaps want it.
        return Array.from(context.getImageData(0, 0, size, size).data);
      },
      { svg, size },
    );

  const images = new Map();
  for (const size of new Set([...LINUX_SIZES, ...ICO_SIZES])) {
    const rgba = Buffer.from(await render(size === 16 ? svg16 : svg, size));
    images.set(size, { size, rgba, png: encodePng(size, rgba) });
  }

  mkdirSync(path.join(resources, "icons"), { recursive: true });
  for (const size of LINUX_SIZES) writeFileSync(path.join(resources, "icons", `${size}x${size}.png`), images.get(size).png);
  writeFileSync(path.join(resources, "icon.png"), images.get(512).png);
  writeFileSync(path.join(resources, "icon.ico"), encodeIco(ICO_SIZES.map((size) => images.get(size))));
  console.log(`electron/resources: icon.png, icon.ico (${ICO_SIZES.join(", ")} px), icons/ (${LINUX_SIZES.join(", ")} px)`);
} finally {
  await browser.close();
}
