import { hrefOf } from "../nav";

/** The Phòng ban tab where a department opens the package it was sent (#/phong-ban/dien). */
export const FILL_PART_TAB = "dien";

export const fillPartHref = `${hrefOf("phong-ban")}/${FILL_PART_TAB}`;
