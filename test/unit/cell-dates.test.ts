/**
 * Dates as exports write them: the common "dd/MM/yyyy[ HH:mm[:ss]]" shape is
 * read on a fast path, which must give what the general patterns give –
 * impossible dates and times refused the same way.
 */
import { describe, expect, it } from "vitest";
import { readDateCell } from "../../core/import/cell-dates";

describe("a date cell written as text", () => {
  it.each([
    ["05/03/2025", { value: "2025-03-05", precision: "date" }],
    ["05/03/2025 14:30", { value: "2025-03-05 14:30:00", precision: "datetime" }],
    ["05/03/2025 14:30:15", { value: "2025-03-05 14:30:15", precision: "datetime" }],
    ["29/02/2024 00:00", { value: "2024-02-29 00:00:00", precision: "datetime" }],
    [" 05/03/2025  14:30 ", { value: "2025-03-05 14:30:00", precision: "datetime" }],
    ["5/3/2025 2:05 CH", { value: "2025-03-05 14:05:00", precision: "datetime" }],
    ["05-03-2025", { value: "2025-03-05", precision: "date" }],
    ["14:30 05/03/2025", { value: "2025-03-05 14:30:00", precision: "datetime" }],
    ["2025-03-05 14:30", { value: "2025-03-05 14:30:00", precision: "datetime" }],
  ])("reads %j", (text, expected) => {
    expect(readDateCell(text)).toEqual(expected);
  });

  it.each(["29/02/2025", "31/04/2025", "05/13/2025", "00/03/2025", "05/03/2025 24:00", "05/03/2025 14:60", "05/03/2025 14:30:60", "05/03/2025x14:30", "05/03/20a5", "05/03/2025 14:3a"])(
    "refuses %j",
    (text) => {
      expect(readDateCell(text)).toBeNull();
    },
  );
});
