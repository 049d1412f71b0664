import type { Ready } from '@assay/contracts';
import type { DatabaseHandle } from '../../db/client.ts';
import { ServiceUnavailableError } from '../../errors.ts';

/** Ready when the database answers a query; the cause of a failure is reported for the log only. */
export async function checkReady(database: DatabaseHandle, onFailure: (error: unknown) => void): Promise<Ready> {
  try {
    await database.ping();
  } catch (error) {
    onFailure(error);
    throw new ServiceUnavailableError('The database is not reachable; try again shortly.');
  }
  return { status: 'ready', database: database.kind };
}
