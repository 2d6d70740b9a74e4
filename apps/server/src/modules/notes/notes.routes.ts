import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { idParamSchema, listNotesQuerySchema, noteInputSchema, noteSchema, pageOf } from '@rapport/contracts';
import type { Ctx } from '../../platform/context.js';
import type { TimelineRef } from '../../platform/timeline.js';
import * as service from './notes.service.js';

export interface NoteRoutesOptions {
  /** Throws not_found unless the record exists in the caller's workspace. */
  assertRecord: (ctx: Ctx, ref: TimelineRef) => Promise<void>;
}

export const noteRoutes: FastifyPluginAsyncZod<NoteRoutesOptions> = async (app, { assertRecord }) => {
  for (const [entity, base, tag] of [
    ['contact', '/contacts/:id/notes', 'contacts'],
    ['company', '/companies/:id/notes', 'companies'],
  ] as const) {
    app.get(
      base,
      {
        config: { access: 'read' },
        schema: { tags: [tag], summary: `Notes on a ${entity}, newest first`, params: idParamSchema, querystring: listNotesQuerySchema, response: { 200: pageOf(noteSchema) } },
      },
      async (req) => {
        const ref = { entity, id: req.params.id };
        await assertRecord(req.ctx, ref);
        return service.listNotes(req.ctx, ref, req.query);
      },
    );
    app.post(
      base,
      {
        config: { access: 'write' },
        schema: { tags: [tag], summary: `Add a note to a ${entity} (HTML is sanitised)`, params: idParamSchema, body: noteInputSchema, response: { 201: noteSchema } },
      },
      async (req, reply) => {
        const ref = { entity, id: req.params.id };
        await assertRecord(req.ctx, ref);
        return reply.status(201).send(await service.createNote(req.ctx, ref, req.body));
      },
    );
  }
  app.patch(
    '/notes/:id',
    { config: { access: 'write' }, schema: { tags: ['notes'], summary: 'Edit your note', params: idParamSchema, body: noteInputSchema, response: { 200: noteSchema } } },
    (req) => service.updateNote(req.ctx, req.params.id, req.body),
  );
  app.delete(
    '/notes/:id',
    { config: { access: 'write' }, schema: { tags: ['notes'], summary: 'Delete your note', params: idParamSchema, response: { 204: z.null() } } },
    async (req, reply) => {
      await service.deleteNote(req.ctx, req.params.id);
      return reply.status(204).send(null);
    },
  );
};
