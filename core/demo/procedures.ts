import type { IsoDate } from "../../shared/dates";
import { nfcDeep } from "../../shared/text";
import { procedures } from "../../db/schema";
import { TWO_TIER_START } from "./calendar";
import type { DemoContext } from "./context";

export interface DemoProcedure {
  code: string;
  name: string;
  field: string;
  /** Working days to resolve; 0 = within the day of receipt (the next working day when received after 15:00). */
  days: number;
  fee: boolean;
  atCentre: boolean;
  onlineEligible: boolean;
  /** Offered fully online (toàn trình) on the National Public Service Portal. */
  onlineFull: boolean;
  locationIndependent: boolean;
  /** Relative volume in an ordinary month. */
  perMonth: number;
  /** Busier months, "MM" every year or "YYYY-MM" once, with their factor on perMonth. */
  peaks?: Record<string, number>;
  /** The day the commune took it over (procedures handed down from the district level). */
  since?: IsoDate;
}

export const FIELD = {
  hoTich: "Hộ tịch",
  chungThuc: "Chứng thực",
  datDai: "Đất đai",
  baoTro: "Bảo trợ xã hội",
  nguoiCoCong: "Người có công",
  hoKinhDoanh: "Thành lập và hoạt động của hộ kinh doanh",
  xayDung: "Hoạt động xây dựng",
  nuoiConNuoi: "Nuôi con nuôi",
  giaoDuc: "Giáo dục và Đào tạo",
  nongNghiep: "Nông nghiệp",
  thiDua: "Thi đua, khen thưởng",
  vanHoa: "Văn hóa cơ sở",
  tonGiao: "Tín ngưỡng, tôn giáo",
  moiTruong: "Môi trường",
  hoaGiai: "Hòa giải cơ sở",
  treEm: "Trẻ em",
  teNan: "Phòng, chống tệ nạn xã hội",
  khieuNai: "Tiếp công dân, khiếu nại, tố cáo",
  boiThuong: "Bồi thường nhà nước",
} as const;

/**
 * flags: F fee, C done at the centre, E eligible for online service, T offered
 * fully online, L not bound to the administrative boundary.
 */
type Row = [code: string, name: string, days: number, perMonth: number, flags: string, extra?: Pick<DemoProcedure, "peaks" | "since">];

const handedDown = { since: TWO_TIER_START };

const CATALOGUE: [string, Row[]][] = [
  [
    FIELD.hoTich,
    [
      ["1.001193", "Đăng ký khai sinh", 0, 22, "CETL"],
      ["1.000656", "Đăng ký khai tử", 0, 7, "CETL"],
      ["1.000894", "Đăng ký kết hôn", 0, 5, "CEL", { peaks: { "01": 2, "12": 1.6, "10": 1.3 } }],
      ["1.001022", "Đăng ký nhận cha, mẹ, con", 3, 0.5, "CEL"],
      ["1.000689", "Đăng ký khai sinh kết hợp nhận cha, mẹ, con", 3, 0.4, "CEL"],
      ["1.004859", "Thay đổi, cải chính, bổ sung thông tin hộ tịch", 3, 3, "FCETL"],
      ["2.000635", "Cấp bản sao trích lục hộ tịch", 0, 14, "FCETL"],
      ["1.004873", "Cấp Giấy xác nhận tình trạng hôn nhân", 3, 11, "CETL"],
      ["1.004884", "Đăng ký lại khai sinh", 5, 1, "CEL"],
      ["1.004746", "Đăng ký lại kết hôn", 5, 0.2, "CEL"],
      ["1.005461", "Đăng ký lại khai tử", 5, 0.1, "CEL"],
      ["1.004837", "Đăng ký giám hộ", 3, 0.2, "CEL"],
      ["1.004845", "Đăng ký chấm dứt giám hộ", 2, 0.05, "CEL"],
      ["1.004772", "Đăng ký khai sinh cho người đã có hồ sơ, giấy tờ cá nhân", 3, 0.5, "CEL"],
      ["1.000419", "Đăng ký giám sát việc giám hộ", 3, 0.02, "CEL"],
      ["1.004827", "Đăng ký kết hôn lưu động", 5, 0.02, "E"],
      ["1.001695", "Liên thông thủ tục hành chính về đăng ký khai sinh, đăng ký thường trú, cấp thẻ bảo hiểm y tế cho trẻ em dưới 6 tuổi", 3, 8, "CETL"],
      ["1.001766", "Liên thông thủ tục hành chính về đăng ký khai tử, xóa đăng ký thường trú, hưởng chế độ tử tuất, trợ cấp mai táng, mai táng phí", 5, 2.5, "CETL"],
    ],
  ],
  [
    FIELD.chungThuc,
    [
      ["2.000815", "Chứng thực bản sao từ bản chính giấy tờ, văn bản do cơ quan, tổ chức có thẩm quyền của Việt Nam cấp hoặc chứng nhận", 0, 78, "FCEL", { peaks: { "08": 1.35, "01": 1.15 } }],
      ["2.002424", "Chứng thực bản sao điện tử từ bản chính", 0, 6, "FCETL"],
      [
        "2.000884",
        "Chứng thực chữ ký trong các giấy tờ, văn bản (áp dụng cho cả trường hợp chứng thực điểm chỉ và trường hợp người yêu cầu chứng thực không thể ký, không thể điểm chỉ được)",
        0,
        14,
        "FCEL",
      ],
      ["2.000913", "Chứng thực chữ ký người dịch mà người dịch là cộng tác viên dịch thuật", 0, 0.1, "FCEL"],
      ["2.001035", "Chứng thực hợp đồng, giao dịch liên quan đến tài sản là động sản, quyền sử dụng đất và nhà ở", 2, 7, "FCE"],
      ["2.001050", "Chứng thực việc sửa đổi, bổ sung, hủy bỏ hợp đồng, giao dịch", 2, 0.4, "FCE"],
      ["2.001019", "Chứng thực văn bản thỏa thuận phân chia di sản mà di sản là động sản, quyền sử dụng đất, nhà ở", 2, 1.2, "FCE"],
      ["2.001016", "Chứng thực văn bản khai nhận di sản mà di sản là động sản, quyền sử dụng đất, nhà ở", 2, 0.8, "FCE"],
      ["2.001406", "Chứng thực di chúc", 2, 0.3, "FCE"],
      ["2.001009", "Chứng thực văn bản từ chối nhận di sản", 2, 0.3, "FCE"],
      ["2.001044", "Cấp bản sao có chứng thực từ bản chính hợp đồng, giao dịch đã được chứng thực", 2, 0.3, "FCE"],
      ["2.000927", "Sửa lỗi sai sót trong hợp đồng, giao dịch", 2, 0.1, "CE"],
    ],
  ],
  [
    FIELD.datDai,
    [
      ["1.012790", "Đăng ký biến động quyền sử dụng đất, quyền sở hữu tài sản gắn liền với đất trong các trường hợp chuyển nhượng, tặng cho, thừa kế", 10, 6, "FCE"],
      ["1.012770", "Đăng ký đất đai, tài sản gắn liền với đất, cấp Giấy chứng nhận quyền sử dụng đất, quyền sở hữu tài sản gắn liền với đất lần đầu", 20, 2, "FCE", handedDown],
      ["1.012777", "Cấp đổi Giấy chứng nhận quyền sử dụng đất, quyền sở hữu tài sản gắn liền với đất", 7, 1.5, "FCE"],
      ["1.012781", "Cấp lại Giấy chứng nhận quyền sử dụng đất, quyền sở hữu tài sản gắn liền với đất do bị mất", 10, 0.3, "FCE"],
      ["1.012795", "Tách thửa hoặc hợp thửa đất", 15, 1, "FCE"],
      ["1.012799", "Đính chính Giấy chứng nhận đã cấp", 10, 0.3, "CE"],
      ["1.012803", "Chuyển mục đích sử dụng đất đối với hộ gia đình, cá nhân", 15, 0.6, "FCE", handedDown],
      ["1.012818", "Hòa giải tranh chấp đất đai", 30, 0.5, ""],
      ["1.012827", "Xóa đăng ký cho thuê, cho thuê lại, góp vốn bằng quyền sử dụng đất", 3, 0.1, "CE"],
      ["1.012830", "Đăng ký thế chấp quyền sử dụng đất, tài sản gắn liền với đất", 3, 1.5, "FCET"],
      ["1.012835", "Xác nhận tiếp tục sử dụng đất nông nghiệp của hộ gia đình, cá nhân khi hết hạn sử dụng đất", 5, 0.2, "CE"],
      ["1.012838", "Thu hồi đất do người sử dụng đất tự nguyện trả lại đất", 20, 0.05, "C"],
    ],
  ],
  [
    FIELD.baoTro,
    [
      ["1.001776", "Thực hiện, điều chỉnh, thôi hưởng trợ cấp xã hội hàng tháng, hỗ trợ kinh phí chăm sóc, nuôi dưỡng hàng tháng", 10, 5, "CET"],
      ["1.001758", "Hỗ trợ chi phí mai táng cho đối tượng bảo trợ xã hội", 3, 1.5, "CET"],
      ["2.000744", "Xác định, xác định lại mức độ khuyết tật và cấp Giấy xác nhận khuyết tật", 20, 1.5, "CE"],
      ["2.000777", "Đổi, cấp lại Giấy xác nhận khuyết tật", 5, 0.3, "CET"],
      ["1.001731", "Trợ giúp xã hội khẩn cấp về hỗ trợ làm nhà ở, sửa chữa nhà ở", 10, 0.1, "CE", { peaks: { "2024-09": 30, "2024-10": 20 } }],
      ["2.000751", "Chi trả trợ cấp xã hội hàng tháng khi đối tượng thay đổi nơi cư trú", 3, 0.3, "CETL"],
      ["1.012345", "Công nhận hộ nghèo, hộ cận nghèo phát sinh trong năm", 15, 0.4, "CE", { peaks: { "11": 3, "12": 3 } }],
      ["1.012346", "Công nhận hộ thoát nghèo, hộ thoát cận nghèo trong năm", 15, 0.2, "CE", { peaks: { "11": 3, "12": 3 } }],
      ["1.012347", "Công nhận hộ làm nông nghiệp, lâm nghiệp, ngư nghiệp có mức sống trung bình", 15, 0.1, "CE"],
    ],
  ],
  [
    FIELD.treEm,
    [
      ["2.001944", "Phê duyệt kế hoạch hỗ trợ, can thiệp đối với trẻ em bị xâm hại hoặc có nguy cơ bị bạo lực, bóc lột, bỏ rơi và trẻ em có hoàn cảnh đặc biệt", 5, 0.02, "C"],
      ["2.001947", "Áp dụng các biện pháp can thiệp khẩn cấp hoặc tạm thời cách ly trẻ em khỏi môi trường hoặc người gây tổn hại cho trẻ em", 1, 0, "C"],
    ],
  ],
  [
    FIELD.nguoiCoCong,
    [
      ["1.010805", "Giải quyết chế độ mai táng phí đối với cựu chiến binh", 5, 0.4, "CET"],
      ["1.010822", "Giải quyết chế độ trợ cấp thờ cúng liệt sĩ", 12, 0.2, "CE"],
      ["1.010810", "Cấp giấy giới thiệu đi thăm viếng mộ liệt sĩ và hỗ trợ thăm viếng mộ liệt sĩ", 5, 0.3, "CETL", { peaks: { "07": 4 } }],
      ["1.010831", "Hỗ trợ người có công với cách mạng và thân nhân cải thiện nhà ở", 20, 0.1, "CE", handedDown],
      ["1.010814", "Giải quyết chế độ đối với thân nhân liệt sĩ", 12, 0.1, "CE"],
      ["1.010826", "Đính chính thông tin trên bia mộ liệt sĩ", 10, 0.02, "CE"],
    ],
  ],
  [
    FIELD.hoKinhDoanh,
    [
      ["2.000575", "Đăng ký thành lập hộ kinh doanh", 3, 4, "FCET", handedDown],
      ["2.000720", "Đăng ký thay đổi nội dung đăng ký hộ kinh doanh", 3, 2, "FCET", handedDown],
      ["2.000633", "Thông báo tạm ngừng hoạt động hộ kinh doanh", 3, 0.8, "CET", handedDown],
      ["2.000601", "Thông báo chấm dứt hoạt động hộ kinh doanh", 3, 0.8, "CET", handedDown],
      ["2.000566", "Cấp lại Giấy chứng nhận đăng ký hộ kinh doanh", 3, 0.2, "FCET", handedDown],
    ],
  ],
  [
    FIELD.xayDung,
    [
      ["1.009994", "Cấp giấy phép xây dựng mới đối với nhà ở riêng lẻ", 15, 2, "FCE", handedDown],
      ["1.009995", "Cấp giấy phép xây dựng sửa chữa, cải tạo đối với nhà ở riêng lẻ", 15, 0.3, "FCE", handedDown],
      ["1.009997", "Điều chỉnh, gia hạn, cấp lại giấy phép xây dựng", 5, 0.2, "FCE", handedDown],
      ["1.009998", "Cấp giấy phép di dời công trình", 15, 0.02, "FCE", handedDown],
    ],
  ],
  [
    FIELD.nuoiConNuoi,
    [
      ["1.003005", "Đăng ký nuôi con nuôi trong nước", 20, 0.08, "FCE"],
      ["1.003088", "Đăng ký lại việc nuôi con nuôi trong nước", 5, 0.02, "CE"],
    ],
  ],
  [
    FIELD.giaoDuc,
    [
      ["1.005098", "Xét, duyệt chính sách hỗ trợ đối với trẻ em mẫu giáo", 10, 0.2, "CE", { peaks: { "09": 8, "10": 4 } }],
      ["1.005103", "Xét, cấp hỗ trợ học tập đối với học sinh trung học cơ sở", 10, 0.1, "CE", { peaks: { "09": 6 }, since: TWO_TIER_START }],
      ["1.005092", "Cho phép trường mầm non, trường mẫu giáo, nhà trẻ hoạt động giáo dục", 20, 0.02, "CE", handedDown],
      ["1.004443", "Cho phép nhóm trẻ, lớp mẫu giáo độc lập hoạt động giáo dục", 20, 0.03, "CE", handedDown],
    ],
  ],
  [
    FIELD.nongNghiep,
    [
      ["2.002161", "Hỗ trợ khôi phục sản xuất vùng bị thiệt hại do thiên tai", 10, 0.05, "CE", { peaks: { "2024-09": 200, "2024-10": 300, "2024-11": 80 } }],
      ["1.008004", "Hỗ trợ đầu tư xây dựng phát triển thủy lợi nhỏ, thủy lợi nội đồng và tưới tiên tiến, tiết kiệm nước", 15, 0.02, "C"],
    ],
  ],
  [
    FIELD.thiDua,
    [
      ["1.000748", "Tặng Giấy khen của Chủ tịch Ủy ban nhân dân cấp xã về thành tích thực hiện nhiệm vụ chính trị", 10, 0.05, "C", { peaks: { "12": 30, "01": 20, "06": 10 } }],
      ["1.000775", "Tặng danh hiệu Lao động tiên tiến", 10, 0.02, "C", { peaks: { "12": 40 } }],
    ],
  ],
  [
    FIELD.vanHoa,
    [
      ["1.000831", "Thông báo tổ chức lễ hội cấp xã", 5, 0.1, "CE", { peaks: { "01": 8, "02": 10 } }],
      ["1.001120", "Xét tặng danh hiệu Khu dân cư văn hóa hằng năm", 10, 0.02, "C", { peaks: { "12": 50 } }],
      ["1.001131", "Xét tặng Giấy khen Khu dân cư văn hóa", 10, 0, "C"],
    ],
  ],
  [
    FIELD.tonGiao,
    [
      ["1.001055", "Đăng ký hoạt động tín ngưỡng", 15, 0.02, "CE"],
      ["1.001078", "Đăng ký bổ sung hoạt động tín ngưỡng", 15, 0.01, "CE"],
      ["1.001109", "Thông báo danh mục hoạt động tôn giáo đối với tổ chức có địa bàn hoạt động tôn giáo ở một xã", 5, 0.03, "CE", { peaks: { "10": 5 } }],
      ["1.001090", "Đề nghị sinh hoạt tôn giáo tập trung", 20, 0.01, "CE"],
    ],
  ],
  [FIELD.moiTruong, [["1.010728", "Đăng ký môi trường", 15, 0.1, "CET", handedDown]]],
  [
    FIELD.hoaGiai,
    [
      ["2.000930", "Thủ tục công nhận hòa giải viên", 3, 0.02, ""],
      ["2.000922", "Thủ tục thôi làm hòa giải viên", 3, 0, ""],
      ["2.000916", "Thủ tục thanh toán thù lao cho hòa giải viên", 5, 0.02, "C"],
      ["2.000908", "Thủ tục công nhận tuyên truyền viên pháp luật", 5, 0, ""],
    ],
  ],
  [FIELD.teNan, [["2.001671", "Đăng ký cai nghiện ma túy tự nguyện", 3, 0.02, "C"]]],
  [
    FIELD.khieuNai,
    [
      ["2.002174", "Thủ tục tiếp công dân tại cấp xã", 0, 0, ""],
      ["2.002176", "Thủ tục giải quyết khiếu nại lần đầu tại cấp xã", 30, 0, ""],
      ["2.002177", "Thủ tục giải quyết tố cáo tại cấp xã", 30, 0, ""],
      ["2.002178", "Thủ tục xử lý đơn tại cấp xã", 10, 0, ""],
    ],
  ],
  [FIELD.boiThuong, [["2.002186", "Giải quyết yêu cầu bồi thường tại cơ quan trực tiếp quản lý người thi hành công vụ gây thiệt hại", 30, 0, ""]]],
];

/**
 * The commune's procedure catalogue. Codes follow the national TTHC
 * database's format and are illustrative.
 */
export const PROCEDURES: readonly DemoProcedure[] = nfcDeep(
  CATALOGUE.flatMap(([field, rows]) =>
    rows.map(([code, name, days, perMonth, flags, extra]): DemoProcedure => ({
      code,
      name,
      field,
      days,
      perMonth,
      fee: flags.includes("F"),
      atCentre: flags.includes("C"),
      onlineEligible: flags.includes("E"),
      onlineFull: flags.includes("T"),
      locationIndependent: flags.includes("L"),
      ...extra,
    })),
  ),
);

const twoDigits = (n: number) => String(n).padStart(2, "0");

function noteOf(p: DemoProcedure): string {
  const time = p.days === 0 ? "trong ngày (tiếp nhận sau 15 giờ thì trả trong ngày làm việc tiếp theo)" : `${twoDigits(p.days)} ngày làm việc`;
  const parts = [`Thời hạn giải quyết: ${time}`, p.fee ? "có phí, lệ phí" : "không mất phí, lệ phí"];
  if (p.since) parts.push("tiếp nhận từ 01/7/2025 theo phân cấp");
  return `${parts.join("; ")}.`;
}

export function insertProcedures(ctx: DemoContext): void {
  for (const p of PROCEDURES) {
    ctx.db
      .insert(procedures)
      .values({
        code: p.code,
        name: p.name,
        field: p.field,
        atCentre: p.atCentre,
        onlineEligible: p.onlineEligible,
        onlineFull: p.onlineFull,
        locationIndependent: p.locationIndependent,
        active: true,
        note: noteOf(p),
        batchId: ctx.batchId,
      })
      .onConflictDoNothing({ target: procedures.code })
      .run();
  }
}
