import type { Db } from '../../platform/db.js';
import { findMessagingSettings } from '../messaging/index.js';

export { createTemplatesIn, couponPoolProblems, templateHeads } from '../messaging/index.js';

/** The workspace's time zone (messaging settings), for contacts without one of their own. */
export async function workspaceTimeZone(tx: Db, workspaceId: string): Promise<string> {
  return (await findMessagingSettings(tx, workspaceId)).timeZone;
}
