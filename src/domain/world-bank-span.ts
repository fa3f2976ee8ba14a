// Apart from the World Bank schemas (world-bank.ts) so that the first screen can ask for the years
// without loading zod.
/** The years the dashboard asks the World Bank for (its series and the demo fixtures cover them). */
export const worldBankSpan = { from: 2010, to: 2024 } as const;
