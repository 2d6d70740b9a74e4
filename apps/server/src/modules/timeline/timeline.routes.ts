import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { idParamSchema, pageOf, timelineEntrySchema, timelineQuerySchema } from '@rapport/contracts';
import type { Ctx } from '../../platform/context.js';
import type { TimelineRef, TimelineSource } from '../../platform/timeline.js';
import { getTimeline } from './timeline.service.js';

export interface TimelineRoutesOptions {
  sources: TimelineSource[];
  /** Throws not_found unless the record exists in the caller's workspace; adds what it absorbed. */
  resolveRecord: (ctx: Ctx, ref: TimelineRef) => Promise<TimelineRef>;
}

export const timelineRoutes: FastifyPluginAsyncZod<TimelineRoutesOptions> = async (app, { sources, resolveRecord }) => {
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
        const ref = await resolveRecord(req.ctx, { entity, id: req.params.id });
        return getTimeline(req.ctx, sources, ref, req.query);
      },
    );
  }
};
