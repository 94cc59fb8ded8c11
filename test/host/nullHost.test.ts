import { createNullHost } from "../../src/host/nullHost";

const FORMULA = '=AIFLAG.GROSSMARGINGAP({100,140},{40,58})';

test("is not connected", () => {
  const host = createNullHost(undefined);
  expect(host.connected).toBe(false);
  expect(host.hostName).toBe("not connected");
});

test("copies the formula to the clipboard when there is one", async () => {
  const writeText = jest.fn(async () => undefined);
  const result = await createNullHost({ writeText }).insertFormula(FORMULA);
  expect(writeText).toHaveBeenCalledWith(FORMULA);
  expect(result.outcome).toBe("copied");
  expect(result.message).toMatch(/clipboard/);
});

test("asks to copy by hand when there is no clipboard", async () => {
  const result = await createNullHost(undefined).insertFormula(FORMULA);
  expect(result).toMatchObject({ outcome: "copy-by-hand", formula: FORMULA });
  expect(result.message).toMatch(/by hand/);
});

test("asks to copy by hand when the clipboard refuses", async () => {
  const writeText = jest.fn(async () => {
    throw new Error("NotAllowedError");
  });
  const result = await createNullHost({ writeText }).insertFormula(FORMULA);
  expect(writeText).toHaveBeenCalledTimes(1);
  expect(result.outcome).toBe("copy-by-hand");
});
