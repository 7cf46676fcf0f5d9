import { describe, expect, it } from "vitest";
import { startingPerson } from "../../renderer/src/people/startingPerson";

describe("who works in a window that has named no one yet", () => {
  it("is the name the app was started with, else the only person known, else asked", () => {
    expect(startingPerson(["Lê Thị Hoa", "Phạm Văn Đức"], "Trần Văn Nam")).toBe("Trần Văn Nam");
    expect(startingPerson(["Lê Thị Hoa"], null)).toBe("Lê Thị Hoa");
    expect(startingPerson(["Lê Thị Hoa", "Phạm Văn Đức"], null)).toBeNull();
    expect(startingPerson([], null)).toBeNull();
  });
});
