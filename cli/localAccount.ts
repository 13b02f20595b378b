/** The account, region and partition of in-process targets and of the oracle that shadows them. */
export const LOCAL_ACCOUNT = { account: "123456789012", region: "us-east-1", partition: "aws" } as const;
