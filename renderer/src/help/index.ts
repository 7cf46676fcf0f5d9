import type { SectionKey } from "../nav";
import { baoCao } from "./bao-cao";
import { caiDat } from "./cai-dat";
import { deCuong } from "./de-cuong";
import { duLieu } from "./du-lieu";
import { hoSo } from "./ho-so";
import { hopThuDi } from "./hop-thu-di";
import { nhatKy } from "./nhat-ky";
import { phongBan } from "./phong-ban";
import { tongQuan } from "./tong-quan";
import type { HelpTopic } from "./types";

export const HELP: Record<SectionKey, HelpTopic> = {
  "tong-quan": tongQuan,
  "ho-so": hoSo,
  "bao-cao": baoCao,
  "de-cuong": deCuong,
  "phong-ban": phongBan,
  "du-lieu": duLieu,
  "hop-thu-di": hopThuDi,
  "nhat-ky": nhatKy,
  "cai-dat": caiDat,
};
