import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { idParamSchema, listOrdersQuerySchema, listProductsQuerySchema, orderInputSchema, orderSchema, pageOf, productInputSchema, productSchema } from '@rapport/contracts';
import type { Ctx } from '../../platform/context.js';
import * as service from './commerce.service.js';

export interface CommerceRoutesOptions {
  assertContact: (ctx: Ctx, id: string) => Promise<void>;
}

export const commerceRoutes: FastifyPluginAsyncZod<CommerceRoutesOptions> = async (app, { assertContact }) => {
  app.post(
    '/orders',
    {
      config: { access: 'write' },
      schema: {
        tags: ['orders'],
        summary: 'Create or replace an order by its order id, with its lines; its contact is found (or created) by id, external id or email',
        body: orderInputSchema,
        response: { 200: orderSchema, 201: orderSchema },
      },
    },
    async (req, reply) => {
      const { order, isNew } = await service.upsertOrder(req.ctx, req.body);
      return reply.status(isNew ? 201 : 200).send(order);
    },
  );
  app.get(
    '/orders',
    { config: { access: 'read' }, schema: { tags: ['orders'], summary: 'Orders, newest first', querystring: listOrdersQuerySchema, response: { 200: pageOf(orderSchema) } } },
    async (req) => {
      if (req.query.contactId) await assertContact(req.ctx, req.query.contactId);
      return service.listOrders(req.ctx, req.query);
    },
  );
  app.get(
    '/orders/:id',
    { config: { access: 'read' }, schema: { tags: ['orders'], summary: 'One order with its lines', params: idParamSchema, response: { 200: orderSchema } } },
    (req) => service.getOrder(req.ctx, req.params.id),
  );
  app.post(
    '/products',
    {
      config: { access: 'write' },
      schema: { tags: ['products'], summary: 'Create or update a product by sku', body: productInputSchema, response: { 200: productSchema, 201: productSchema } },
    },
    async (req, reply) => {
      const { product, isNew } = await service.upsertProduct(req.ctx, req.body);
      return reply.status(isNew ? 201 : 200).send(product);
    },
  );
  app.get(
    '/products',
    { config: { access: 'read' }, schema: { tags: ['products'], summary: 'Products, by sku or name', querystring: listProductsQuerySchema, response: { 200: pageOf(productSchema) } } },
    (req) => service.listProducts(req.ctx, req.query),
  );
  app.get(
    '/products/:id',
    { config: { access: 'read' }, schema: { tags: ['products'], summary: 'One product', params: idParamSchema, response: { 200: productSchema } } },
    (req) => service.getProduct(req.ctx, req.params.id),
  );
};
