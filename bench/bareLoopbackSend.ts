import fc from "fast-check";
import type { AppFabricClientModule } from "../client/loadClientModule.ts";
import { startEmulator } from "../emulator/startEmulator.ts";
import { createDestinationInput } from "../generators/createDestinationInput.ts";
import { idOfArn } from "../model/index.ts";

const CREDENTIALS = { accessKeyId: "bench", secretAccessKey: "bench-secret" };

function arnOf(output: unknown, member: string): string {
  const arn = (output as Record<string, { arn?: unknown } | undefined>)[member]?.arn;
  if (typeof arn !== "string") throw new Error(`bench setup: no ${member} arn`);
  return arn;
}

const refOf = (arn: string) => ({ arn, id: idOfArn(arn) });

/**
 * The bare client stack over loopback HTTP to the embedded emulator (the same server the emulator target
 * drives): a plain SDK client, no recording, no oracle, no checks. Each batch creates a destination and
 * deletes it again, the calls a create-valid case makes, 50 times. The inputs are the generator's, drawn
 * once before timing, so both loops put the same kind of payload on the wire and the ratio is the harness's
 * own overhead.
 */
export async function bareLoopbackSend(module: AppFabricClientModule): Promise<{ batch: () => Promise<number>; close: () => Promise<void> }> {
  const emulator = await startEmulator({ credentials: [CREDENTIALS] });
  const client = new module.AppFabricClient({ region: "us-east-1", endpoint: emulator.url, credentials: CREDENTIALS });
  const send = (operation: keyof AppFabricClientModule["commands"], input: Record<string, unknown>) =>
    client.send(new module.commands[operation](input)) as Promise<unknown>;
  const appBundleIdentifier = arnOf(await send("CreateAppBundle", {}), "appBundle");
  const ingestionIdentifier = arnOf(await send("CreateIngestion", { appBundleIdentifier, app: "OKTA", tenantId: "bench", ingestionType: "auditLog" }), "ingestion");
  const inputs = fc.sample(createDestinationInput({ appBundle: refOf(appBundleIdentifier), ingestion: refOf(ingestionIdentifier) }), { numRuns: 50, seed: 1 });
  return {
    batch: async () => {
      for (const input of inputs) {
        const ingestionDestinationIdentifier = arnOf(await send("CreateIngestionDestination", input), "ingestionDestination");
        await send("DeleteIngestionDestination", { appBundleIdentifier, ingestionIdentifier, ingestionDestinationIdentifier });
      }
      return 100;
    },
    close: async () => {
      client.destroy();
      await emulator.close();
    },
  };
}
