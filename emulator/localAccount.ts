/**
 * The account, region and partition the emulator and the in-process targets live in, and so the oracle that
 * shadows them: one definition, so a run, the gate and the emulator can never disagree on whose ARNs they mint.
 */
export const LOCAL_ACCOUNT = { account: "123456789012", region: "us-east-1", partition: "aws" } as const;

export const EMULATOR_ACCOUNT = LOCAL_ACCOUNT.account;
