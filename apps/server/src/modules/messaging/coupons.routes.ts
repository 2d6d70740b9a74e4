import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  couponCodeSchema,
  couponPoolInputSchema,
  couponPoolPatchSchema,
  couponPoolSchema,
  idParamSchema,
  issueCouponInputSchema,
  listCouponPoolsQuerySchema,
  pageOf,
  pageQuerySchema,
  uploadCouponCodesSchema,
} from '@rapport/contracts';
import * as coupons from './coupons.js';

const tags = ['coupons'];
const issuedSchema = z.object({ code: z.string(), value: z.number(), valueType: z.enum(['amount', 'percent']), expiresAt: z.string().nullable() });
const uploadResultSchema = z.object({
  added: z.number().int(),
  rejected: z.number().int(),
  results: z.array(z.object({ index: z.number().int(), code: z.string().nullable(), status: z.enum(['added', 'rejected']), reason: z.string().optional() })),
});

export const couponRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/coupon-pools',
    { config: { access: 'read' }, schema: { tags, summary: 'Coupon pools with their counts of codes, issued and redeemed; the archived ones with archived=true', querystring: listCouponPoolsQuerySchema, response: { 200: pageOf(couponPoolSchema) } } },
    (req) => coupons.listCouponPools(req.ctx, req.query),
  );
  app.post(
    '/coupon-pools',
    { config: { access: 'write' }, schema: { tags, summary: 'Create a pool of generated or uploaded codes', body: couponPoolInputSchema, response: { 201: couponPoolSchema } } },
    async (req, reply) => reply.status(201).send(await coupons.createCouponPool(req.ctx, req.body)),
  );
  app.get(
    '/coupon-pools/:id',
    { config: { access: 'read' }, schema: { tags, summary: 'A coupon pool', params: idParamSchema, response: { 200: couponPoolSchema } } },
    (req) => coupons.getCouponPool(req.ctx, req.params.id),
  );
  app.patch(
    '/coupon-pools/:id',
    { config: { access: 'write' }, schema: { tags, summary: 'Rename a pool or change the value and expiry of the codes it issues next', params: idParamSchema, body: couponPoolPatchSchema, response: { 200: couponPoolSchema } } },
    (req) => coupons.updateCouponPool(req.ctx, req.params.id, req.body),
  );
  app.post(
    '/coupon-pools/:id/archive',
    { config: { access: 'write' }, schema: { tags, summary: 'Archive a pool: it issues no new codes, and those already issued still redeem', params: idParamSchema, response: { 200: couponPoolSchema } } },
    (req) => coupons.setCouponPoolArchived(req.ctx, req.params.id, true),
  );
  app.post(
    '/coupon-pools/:id/unarchive',
    { config: { access: 'write' }, schema: { tags, summary: 'Bring an archived pool back into use', params: idParamSchema, response: { 200: couponPoolSchema } } },
    (req) => coupons.setCouponPoolArchived(req.ctx, req.params.id, false),
  );
  app.get(
    '/coupon-pools/:id/codes',
    { config: { access: 'read' }, schema: { tags, summary: 'A pool’s codes, newest first, with who got them and when they were used', params: idParamSchema, querystring: pageQuerySchema, response: { 200: pageOf(couponCodeSchema) } } },
    (req) => coupons.listCouponCodes(req.ctx, req.params.id, req.query),
  );
  app.post(
    '/coupon-pools/:id/codes',
    { config: { access: 'write' }, schema: { tags, summary: 'Upload codes to a pool; each code gets a result', params: idParamSchema, body: uploadCouponCodesSchema, response: { 200: uploadResultSchema } } },
    (req) => coupons.uploadCouponCodes(req.ctx, req.params.id, req.body.codes),
  );
  app.post(
    '/coupon-pools/:id/issue',
    { config: { access: 'write' }, schema: { tags, summary: 'Issue a contact a code; the same key returns the same code', params: idParamSchema, body: issueCouponInputSchema, response: { 200: issuedSchema } } },
    (req) => coupons.issueCouponTo(req.ctx, req.params.id, req.body),
  );
};
