/** Types of skipNotice.js (plain CommonJS, shared with the summary reporter). */
export declare const SKIP_PREFIX: string;
export declare function skipReasons(testResult: { testResults?: ReadonlyArray<{ status: string; title: string }> }): string[];
