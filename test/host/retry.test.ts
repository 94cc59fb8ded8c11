import { BUSY_MESSAGE, CELL_EDIT_MODE, DEFAULT_DELAYS_MS, isCellEditModeError, retryWhileEditing } from "../../src/host/retry";

const editMode = () => Object.assign(new Error("The cell is being edited."), { code: CELL_EDIT_MODE });

/** An attempt that fails with the given errors in turn, then returns "ok". */
function attemptFailing(...errors: unknown[]) {
  const queue = [...errors];
  return jest.fn(async () => {
    if (queue.length > 0) throw queue.shift();
    return "ok";
  });
}

test("returns at once when the first try succeeds, without waiting", async () => {
  const attempt = attemptFailing();
  const sleep = jest.fn(async () => undefined);
  await expect(retryWhileEditing(attempt, { sleep })).resolves.toEqual({ done: true, value: "ok" });
  expect(attempt).toHaveBeenCalledTimes(1);
  expect(sleep).not.toHaveBeenCalled();
});

test("retries on InvalidOperationInCellEditMode, waiting the given delays, then succeeds", async () => {
  const attempt = attemptFailing(editMode(), editMode());
  const sleep = jest.fn(async () => undefined);
  await expect(retryWhileEditing(attempt, { sleep, delaysMs: [100, 200, 300] })).resolves.toEqual({ done: true, value: "ok" });
  expect(attempt).toHaveBeenCalledTimes(3);
  expect(sleep.mock.calls).toEqual([[100], [200]]);
});

test("gives up after N tries with the plain message", async () => {
  const attempt = attemptFailing(editMode(), editMode(), editMode(), editMode());
  const sleep = jest.fn(async () => undefined);
  const outcome = await retryWhileEditing(attempt, { sleep, delaysMs: [10, 10] });
  expect(outcome).toEqual({ done: false, message: BUSY_MESSAGE });
  expect(BUSY_MESSAGE).toBe("Excel is busy: finish editing the cell (press Enter or Esc), then try again.");
  expect(attempt).toHaveBeenCalledTimes(3);
  expect(sleep).toHaveBeenCalledTimes(2);
});

test("does not retry other errors: they surface unchanged", async () => {
  const protectedSheet = Object.assign(new Error("The sheet is protected."), { code: "AccessDenied" });
  const attempt = attemptFailing(protectedSheet);
  const sleep = jest.fn(async () => undefined);
  await expect(retryWhileEditing(attempt, { sleep })).rejects.toBe(protectedSheet);
  expect(attempt).toHaveBeenCalledTimes(1);
  expect(sleep).not.toHaveBeenCalled();
});

test("an other error after a busy try still surfaces", async () => {
  const boom = new Error("boom");
  const attempt = attemptFailing(editMode(), boom);
  await expect(retryWhileEditing(attempt, { sleep: async () => undefined })).rejects.toBe(boom);
  expect(attempt).toHaveBeenCalledTimes(2);
});

test("by default: 3 tries over about 1.5 s of real timers", async () => {
  jest.useFakeTimers();
  try {
    const attempt = attemptFailing(editMode(), editMode(), editMode());
    let settled: unknown;
    const running = retryWhileEditing(attempt).then((o) => (settled = o));
    await jest.advanceTimersByTimeAsync(DEFAULT_DELAYS_MS[0] - 1);
    expect(attempt).toHaveBeenCalledTimes(1);
    await jest.advanceTimersByTimeAsync(1);
    expect(attempt).toHaveBeenCalledTimes(2);
    await jest.advanceTimersByTimeAsync(DEFAULT_DELAYS_MS[1]);
    await running;
    expect(attempt).toHaveBeenCalledTimes(3);
    expect(settled).toEqual({ done: false, message: BUSY_MESSAGE });
    expect(DEFAULT_DELAYS_MS.reduce((a, b) => a + b, 0)).toBe(1500);
  } finally {
    jest.useRealTimers();
  }
});

test.each([
  [{ code: CELL_EDIT_MODE }, true],
  [{ code: "GeneralException" }, false],
  [new Error(CELL_EDIT_MODE), false],
  [CELL_EDIT_MODE, false],
  [null, false],
])("isCellEditModeError(%p) is %s", (error, expected) => {
  expect(isCellEditModeError(error)).toBe(expected);
});
