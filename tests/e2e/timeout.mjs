/** How long a condition may take to come true before a browser test fails. */
export const TIMEOUT_MS = Number(process.env.TIERUP_E2E_TIMEOUT_MS ?? 10_000);
