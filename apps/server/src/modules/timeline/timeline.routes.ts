import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { idParamSchema, pageOf, timelineEntrySchema, timelineQuerySchema } from '@rapport/contracts';
import type { Ctx } from '../../platform/context.js';
import type { TimelineRef, TimelineSource } from '../../platform/timeline.js';
import { getTimeline } from './timeline.service.js';

export interface TimelineRoutesOptions {
  sources: TimelineSource[];
  /** Throws not_found unless the record exists in the caller's workspace. */
  assertRecord: (ctx: Ctx, ref: TimelineRef) => Promise<void>;
}

export const timelineRoutes: FastifyPluginAsyncZod<TimelineRoutesOptions> = async (app, { sources, assertRecord }) => {
  for (const [entity, path, tag] of [
    ['contact', '/contacts/:id/timeline', 'contacts'],
    ['company', '/companies/:id/timeline', 'companies'],
  ] as const) {
    app.get(
      path,
      {
        config: { access: 'read' },
        schema: {
          tags: [tag],
          summary: `The ${entity}'s timeline, newest first: notes, field changes, consent changes, merges`,
          params: idParamSchema,
          querystring: timelineQuerySchema,
          response: { 200: pageOf(timelineEntrySchema) },
        },
      },
      async (req) => {
        const ref = { entity, id: req.params.id };
        await assertRecord(req.ctx, ref);
        return getTimeline(req.ctx, sources, ref, req.query);
      },
    );
  }
};
