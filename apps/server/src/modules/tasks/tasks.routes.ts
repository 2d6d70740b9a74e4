import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { idParamSchema, listTasksQuerySchema, pageOf, taskInputSchema, taskPatchSchema, taskSchema } from '@rapport/contracts';
import * as service from './tasks.service.js';

const tags = ['tasks'];

/** Tasks: list with filters, create, edit (or complete) and delete. */
export const taskRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/tasks',
    { config: { access: 'read' }, schema: { tags, summary: 'Tasks, newest first, by contact, assignee, status or queue', querystring: listTasksQuerySchema, response: { 200: pageOf(taskSchema) } } },
    (req) => service.listTasks(req.ctx, req.query),
  );
  app.post(
    '/tasks',
    { config: { access: 'write' }, schema: { tags, summary: 'Create a task on a contact', body: taskInputSchema, response: { 201: taskSchema } } },
    async (req, reply) => reply.status(201).send(await service.createTask(req.ctx, req.body)),
  );
  app.patch(
    '/tasks/:id',
    { config: { access: 'write' }, schema: { tags, summary: 'Edit a task, or mark it done', params: idParamSchema, body: taskPatchSchema, response: { 200: taskSchema } } },
    (req) => service.updateTask(req.ctx, req.params.id, req.body),
  );
  app.delete(
    '/tasks/:id',
    { config: { access: 'write' }, schema: { tags, summary: 'Delete a task', params: idParamSchema, response: { 204: z.null() } } },
    async (req, reply) => {
      await service.deleteTask(req.ctx, req.params.id);
      return reply.status(204).send(null);
    },
  );
};
